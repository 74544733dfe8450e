import streamlit as st

st.echarts_chart(
    {
        "xAxis": {"type": "category", "data": ["A", "B", "C", "D", "E"]},
        "yAxis": {"type": "value"},
        "series": [{"type": "bar", "data": [5, 20, 36, 10, 10]}],
        "animation": False,
    },
    alt="Bar chart of categories A through E",
    key="bars",
)

event = st.echarts_chart(
    {
        "title": {"text": "Sales"},
        "tooltip": {"formatter": "{b} sold {@sales}"},
        "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
        "yAxis": {"type": "value"},
        "series": [{"type": "bar", "id": "sales", "name": "Sales", "selectedMode": "multiple", "data": [120, 200, 150]}],
        "animation": False,
    },
    key="sel",
    on_select="rerun",
)
st.write(f"selected {[g['data_indices'] for g in event.selection.selected]}")
st.write(f"state {st.session_state.sel.selection.selected[0]['series_id'] if st.session_state.sel.selection.selected else None}")

brushed = st.echarts_chart(
    {
        "brush": {"xAxisIndex": "all"},
        "toolbox": {"left": 0, "top": 0, "feature": {"brush": {"type": ["lineX", "clear"]}}},
        "xAxis": {"type": "value", "min": 0, "max": 10},
        "yAxis": {"type": "value"},
        "series": [{"type": "scatter", "data": [[1, 1], [2, 4], [5, 2], [8, 6]]}],
        "animation": False,
    },
    renderer="svg",
    height=300,
    key="brush",
    on_select="rerun",
)
st.write(f"brushed {[g['data_indices'] for g in brushed.selection.selected]} areas {len(brushed.selection.areas)}")

small = {"xAxis": {"type": "category", "data": ["A", "B"]}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2]}]}
st.echarts_chart(small, width=300, key="narrow")
with st.container(height=500):
    st.echarts_chart(small, height="stretch", key="tall")

with st.form("f"):
    in_form = st.echarts_chart(
        {
            "xAxis": {"type": "category", "data": ["X", "Y", "Z"]},
            "yAxis": {},
            "series": [{"type": "bar", "selectedMode": "single", "data": [3, 9, 3]}],
            "animation": False,
        },
        key="formchart",
        on_select="rerun",
    )
    st.form_submit_button("Submit")
st.write(f"form {[g['data_indices'] for g in in_form.selection.selected]}")
