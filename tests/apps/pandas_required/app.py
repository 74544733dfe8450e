import streamlit as st

st.title("Needs pandas")
import pandas as pd

st.write(pd.__version__)
