"""``streamlit.components``: see v1."""
