import streamlit as st

st.session_state.setdefault("log", [])

COUNTER_JS = """
export default function ({ data, key, name, parentElement, setStateValue, setTriggerValue }) {
  window.counterCalls = (window.counterCalls || 0) + 1;
  window.counterArgs = { data, key, name, isShadow: parentElement instanceof ShadowRoot };
  let count = data.start;
  const shown = parentElement.querySelector("#count");
  shown.textContent = String(count);
  parentElement.querySelector("#add").onclick = () => {
    count += 1;
    shown.textContent = String(count);
    setStateValue("count", count);
    setStateValue("label", "count " + count);
  };
  parentElement.querySelector("#ping").onclick = () => setTriggerValue("ping", { at: count });
  return () => { window.counterCleanups = (window.counterCleanups || 0) + 1; };
}
"""
counter = st.components.v2.component(
    "counter",
    html='<p class="label">Count: <span id="count"></span></p><button id="add">Add</button><button id="ping">Ping</button>',
    css=".label { color: var(--st-primary-color); font-family: var(--st-font); }",
    js=COUNTER_JS,
)


def logged(name):
    return lambda: st.session_state.log.append(name)


if st.toggle("Show the counter", value=True):
    result = counter(key="counter", data={"start": 5}, default={"count": 5},
                     on_count_change=logged("count"), on_label_change=logged("label"), on_ping_change=logged("ping"))
    st.write(f"result: {dict(result)!r}")
    st.write(f"session: {dict(st.session_state['counter'])!r}")
st.write(f"log: {st.session_state.log}")

plain = st.components.v2.component(
    "plain",
    html='<span class="plain-text">Not isolated</span>',
    css=".plain-text { font-weight: 700; }",
    js="""
export default function ({ data, parentElement }) {
  parentElement.querySelector(".plain-text").dataset.bytes = Array.from(data).join(",");
}
""",
    isolate_styles=False,
)
plain(data=b"\x01\x02\xff")

broken = st.components.v2.component("broken", js="export const notDefault = 1;")
broken()

with st.form("form"):
    in_form = counter(key="in_form", data={"start": 0}, on_count_change=lambda: None, on_ping_change=lambda: None)
    st.form_submit_button("Submit")
st.write(f"form: {dict(in_form)!r}")
