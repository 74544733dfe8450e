import streamlit as st

for text in ["HelloWorld test", "Hello  World!!", "snake_case_name", "Ünïcödé Héader", "日本語のタイトル",
             "Ça va? Ærø ß", "Mixed 日本 text", "x--y", "_lead trail_", "123 Numbers", "a&b"]:
    st.header(text)
st.markdown("## Markdown HelloWorld\n\ntext\n\n### 日本語")
st.markdown("#### H4 here\n\n## Help <b>x</b> :red[colored] `code`")
st.markdown("Text before\n\n```python\nx = 1\n```")
st.markdown("```python\n\n\n  x = 1\n\n\n```")
st.sidebar.markdown("## Side Head")
# Labels and values with spaces around them (CommonMark drops them; marked kept them).
st.button("  spaced  ")
st.metric("metric", " 50%")
st.markdown("line one\n   line two  ")
