import streamlit as st
import streamlit.components.v1 as components
from streamlit.runtime.scriptrunner import get_script_run_ctx

components.html("<p id='inside'>Hello from components.html</p>", height=80)
st.iframe("<h3 id='auto'>Sized to content</h3><p>two lines</p>")
st.write("has context:", get_script_run_ctx() is not None)
