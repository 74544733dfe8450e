import streamlit as st

rows = [
    {"name": "alpha", "score": 1, "done": False},
    {"name": "beta", "score": 2, "done": True},
]
edited = st.data_editor(rows, key="grid", num_rows="dynamic")
st.write(f"total={sum(r['score'] or 0 for r in edited)} rows={len(edited)}")
st.write(f"names={','.join(str(r['name']) for r in edited)}")
st.write(f"done={[r['done'] for r in edited]}")
st.write(f"edited_rows={dict(st.session_state.grid['edited_rows'])}")


def on_edit():
    st.session_state.changes = st.session_state.get("changes", 0) + 1


locked = st.data_editor(
    {"city": ["Oslo", "Rome"], "pop": [0.7, 2.8]},
    key="locked",
    disabled=["city"],
    column_config={"pop": st.column_config.NumberColumn("Population (M)", min_value=0.0, max_value=50.0)},
    on_change=on_edit,
)
st.write(f"pop={locked['pop']} changes={st.session_state.get('changes', 0)}")
