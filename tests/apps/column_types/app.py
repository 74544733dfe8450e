import datetime

import streamlit as st

PIXEL = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'><rect width='4' height='4' fill='red'/></svg>"

st.dataframe(
    {
        "site": ["https://docs.example.org/intro", "https://blog.example.com/post"],
        "done": [True, False],
        "share": [0.25, 0.8],
        "logo": [PIXEL, None],
        "tags": [["a", "b"], ["c"]],
        "when": [datetime.datetime(2024, 3, 5, 14, 7, 9), datetime.datetime(2023, 12, 31, 23, 59, 0)],
        "day": [datetime.date(2024, 3, 5), None],
        "trend": [[1, 3, 2, 5], [5, 4, 3]],
        "bars": [[1, 2], [0, 4]],
        "meta": [{"k": [1, 2]}, None],
    },
    key="typed",
    column_config={
        "site": st.column_config.LinkColumn("Site", display_text=r"https://(\w+)\.example"),
        "done": st.column_config.CheckboxColumn("Done"),
        "share": st.column_config.ProgressColumn("Share", format="percent", min_value=0, max_value=1),
        "logo": st.column_config.ImageColumn("Logo"),
        "tags": st.column_config.ListColumn("Tags"),
        "when": st.column_config.DatetimeColumn("When", format="D MMM YYYY, HH:mm"),
        "day": st.column_config.DateColumn("Day", format="DD/MM/YYYY"),
        "trend": st.column_config.LineChartColumn("Trend", y_min=0, y_max=5),
        "bars": st.column_config.BarChartColumn("Bars"),
        "meta": st.column_config.JsonColumn("Meta"),
    },
)

edited = st.data_editor(
    [{"size": "S", "ok": False, "pct": 40}, {"size": "M", "ok": True, "pct": 90}],
    key="editor",
    column_config={
        "size": st.column_config.SelectboxColumn("Size", options=["S", "M", "L"], format_func=lambda s: f"size {s}"),
        "ok": st.column_config.CheckboxColumn("OK"),
        "pct": st.column_config.ProgressColumn("Pct", min_value=0, max_value=100),
    },
)
st.markdown(f"sizes={','.join(r['size'] for r in edited)} oks={[r['ok'] for r in edited]}")
