"""Parameters Streamlit 1.67 added, as the page shows them: on_change="ignore",
bind="query-params", st.pagination, st.grid, columns/containers that wrap."""

from datetime import date

import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.markdown(f"runs: {st.session_state.runs}")

quiet = st.text_input("Quiet", key="quiet", on_change="ignore")
st.markdown(f"quiet value: {quiet}")
st.button("Rerun")

name = st.text_input("Name", key="name", bind="query-params")
st.markdown(f"name value: {name}")
size = st.slider("Size", 0, 10, 3, key="size", bind="query-params")
st.markdown(f"size value: {size}")
color = st.selectbox("Color", ["red", "green", "blue"], key="color", bind="query-params")
st.markdown(f"color value: {color}")
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags", bind="query-params")
st.markdown(f"tags value: {tags}")
when = st.slider("When", min_value=date(2024, 1, 1), max_value=date(2024, 3, 1), value=date(2024, 1, 31),
                 key="when", bind="query-params")
st.markdown(f"when value: {when}")
st.markdown(f"query params: {sorted(st.query_params.to_dict().items())}")

page = st.pagination(12, key="pg")
st.markdown(f"page value: {page}")

grid = st.grid(3, key="gr")
for i in range(4):
    grid.markdown(f"cell {i}")
with grid.cell(column_span="all"):
    st.markdown("wide cell")

cols = st.columns(3, wrap=False)
cols[0].markdown("c0")
row = st.container(horizontal=True, key="row")
row.button("A")
row.button("B")
with st.container(horizontal=True, horizontal_alignment="right", border=True, key="rightrow"):
    st.button("R1")

tabs = st.tabs(["Alpha", "Beta"], key="tab", bind="query-params", on_change="rerun")
with tabs[1]:
    st.write("beta body")
with st.expander("More", key="more", bind="query-params", on_change="rerun"):
    st.write("more body")
st.markdown(f"containers: {st.session_state.get('tab')} {st.session_state.get('more')}")
