import json
import urllib.request
from urllib.error import HTTPError
from urllib.parse import urlsplit

import requests
import streamlit as st

page = urlsplit(st.context.url)
site = f"{page.scheme}://{page.netloc}"

# A file of the app's own site (the app bundle wasmlit serves).
answer = requests.get(f"{site}/_wasmlit/app.json", timeout=60)
st.write(f"requests: {answer.status_code} {answer.json()['entrypoint']}")
with urllib.request.urlopen(f"{site}/_wasmlit/app.json", timeout=60) as response:
    st.write(f"urllib: {response.status} {json.load(response)['entrypoint']}")
try:
    urllib.request.urlopen(f"{site}/_wasmlit/no-such-file.json")
except HTTPError as error:
    st.write(f"urllib error: {error.code}")
st.write(f"requests error: {requests.get(f'{site}/_wasmlit/no-such-file.json').status_code}")

other = st.query_params.get("other")
if other:
    # Another origin: one file it allows with CORS, one it does not.
    st.write("cors requests: " + requests.get(f"{other}/open.json").json()["said"])
    st.write("cors urllib: " + urllib.request.urlopen(f"{other}/open.json").read().decode())
    how = st.query_params.get("with", "requests")
    if how == "urllib":
        urllib.request.urlopen(f"{other}/closed.json")
    else:
        requests.get(f"{other}/closed.json")
