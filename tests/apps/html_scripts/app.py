"""st.html with and without unsafe_allow_javascript (runs unchanged under Streamlit 1.67)."""

import streamlit as st

SCRIPT = (
    "<p id='{id}'>scripts did not run</p>"
    "<script>document.getElementById('{id}').textContent = 'scripts ran';"
    "window.__htmlScripts = (window.__htmlScripts || 0) + 1;</script>"
    "<a href='https://example.com/' target='_blank'>new tab link</a>"
    "<svg><circle r='1'/></svg><math><mi>x</mi></math>"
)

st.html(SCRIPT.format(id="allowed"), unsafe_allow_javascript=True)
st.html(SCRIPT.format(id="refused"))
st.write("html done")
