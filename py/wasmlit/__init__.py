"""wasmlit: Streamlit-compatible apps that run in the browser on Pyodide.

The public API lives in :mod:`wasmlit.api`; scripts reach it as
``import streamlit as st`` through the alias installed by the script runner.
"""

__version__ = "0.1.0"
