import streamlit as st

st.title("Error hints")
clicked = [name for name in ("pandas", "requests", "outside file", "humanize") if st.button(name)]
if "pandas" in clicked:
    import pandas  # noqa: F401 - a Pyodide compiled package the app did not list
if "requests" in clicked:
    import requests  # noqa: F401 - a pure-Python package the app did not list
if "outside file" in clicked:
    open("../data.csv")  # works under `streamlit run` when the file is there
if "humanize" in clicked:
    import humanize  # noqa: F401 - not one of Pyodide's packages
