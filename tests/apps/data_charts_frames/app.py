import datetime

import streamlit as st

st.header("Tables")
st.table([{"name": "alpha", "score": 1.5}, {"name": "beta", "score": 2.0}])
st.table({"k1": 10, "k2": 20})

st.header("Dataframes")
st.dataframe({"num": [3, 1, 22], "txt": ["c", "a", "b"]}, key="small")
st.dataframe(
    {"price": [1.5, 2.25], "secret": [1, 2], "qty": [10, 20], "when": [datetime.date(2024, 1, 2), None]},
    column_order=["qty", "price", "when"],
    column_config={
        "price": st.column_config.NumberColumn("Price", format="$%.2f", help="In dollars"),
        "secret": None,
        "qty": "Quantity",
    },
    hide_index=False,
    key="configured",
)
st.dataframe({"k1": 1.23456, "k2": None}, key="keyvalue")

st.header("Charts")
st.line_chart({"a": [1, 2, 3], "b": [3, 1, 2]})
st.bar_chart({"fruit": ["apple", "pear"], "count": [3, 5]}, x="fruit", y="count", horizontal=True)
st.area_chart({"a": [1, 2, 3]})
st.scatter_chart({"x": [1, 2, 3], "y": [2, 4, 1], "s": [10, 20, 30]}, x="x", y="y", size="s")
st.vega_lite_chart(
    {"cat": ["u", "v"], "val": [4, 7]},
    {"mark": "bar", "encoding": {"x": {"field": "cat", "type": "nominal"}, "y": {"field": "val", "type": "quantitative"}}},
)
