import streamlit as st

data = {"name": ["ann", "bo", "cy"], "score": [3, 1, 2]}
rows = st.dataframe(data, on_select="rerun", selection_mode="multi-row", key="rows")
st.write("rows:", ",".join(str(r) for r in rows.selection.rows) or "none")
cols = st.dataframe(data, on_select="rerun", selection_mode="single-column", key="cols")
st.write("columns:", ",".join(cols.selection.columns) or "none")


def picked():
    st.session_state.picked = st.session_state.cells.selection.cells


cells = st.dataframe(data, on_select=picked, selection_mode="single-cell", key="cells")
st.write("cells:", ";".join(f"{r}/{c}" for r, c in cells.selection.cells) or "none")
st.write("callback saw:", len(st.session_state.get("picked", [])))
