import streamlit as st

st.metric("Temperature", "70 °F", "1.2 °F", help="Degrees", border=True)
st.metric("Errors", 5, -3, delta_color="inverse")
st.metric("Flat", 5, 0)
st.metric("Visitors", 1234567, 1500, format="compact")
st.badge("Beta", icon="🧪", color="violet")
st.space("medium")
st.metric("Hidden", 7, "-2", delta_color="off", label_visibility="collapsed")
st.latex(r"a^2 + b^2 = c^2")
st.markdown("Inline $x^2$ math and :smile: emoji and :not_a_code: text")
st.html("<b class='from-html'>Bold html</b><script>window.injected = 1</script><img src=x onerror='window.injected = 2'>")

with st.echo():
    answer = 40 + 2
    st.write("The answer is", answer)


def greet(name, punctuation="!"):
    """Say hello to someone."""
    return f"Hello {name}{punctuation}"


st.help(greet)
st.write(greet)

tab_a, tab_b = st.tabs(["Tab A", "Tab B"])
tab_a.write("Inside tab A")
with tab_b:
    st.write("Inside tab B")
    tab_choice = st.checkbox("Tab B box")

with st.popover("Open popover", help="More options"):
    st.write("Popover content")
    st.checkbox("Popover box")

if "dialog_open" not in st.session_state:
    st.session_state.dialog_open = False
st.session_state.layout_runs = st.session_state.get("layout_runs", 0) + 1
st.session_state.setdefault("bumps", 0)


@st.dialog("Settings dialog")
def settings():
    st.write("Dialog content")
    if st.button("Bump"):
        st.session_state.bumps += 1
    st.write(f"Bumps {st.session_state.bumps}, app runs {st.session_state.layout_runs}")
    if st.button("Done"):
        st.session_state.dialog_open = False
        st.rerun()


if st.button("Open dialog"):
    st.session_state.dialog_open = True
if st.session_state.dialog_open:
    settings()

with st.container(height=150, key="scroller"):
    for i in range(30):
        st.write(f"Row {i}")

with st.sidebar:
    outer_a, outer_b = st.columns(2)
    with outer_a:
        inner_a, inner_b = st.columns(2)
        inner_a.write("Nested sidebar column")
st.write("End of app")

# Last, so that the one-shot animations do not shift the elements above.
if st.button("Celebrate"):
    st.balloons()
    st.snow()
