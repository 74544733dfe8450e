import streamlit as st

st.session_state.setdefault("outer", 0)
st.session_state.outer += 1
st.write("Outer runs = ", st.session_state.outer)
if st.button("Full rerun"):
    pass


@st.fragment
def counter():
    st.session_state.setdefault("clicks", 0)
    if st.button("Fragment click"):
        st.session_state.clicks += 1
    st.write("Fragment clicks = ", st.session_state.clicks)
    if st.session_state.clicks >= 2:
        st.write("Two or more")


@st.fragment(run_every=0.5)
def ticker():
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    if st.session_state.ticks <= 3:
        st.write("Ticks = ", st.session_state.ticks)
    else:
        st.write("Ticks done")


counter()
ticker()
st.write("Bottom")


@st.fragment
def form_part():
    with st.form("frag_form"):
        name = st.text_input("Fragment name")
        submitted = st.form_submit_button("Save name")
    if submitted:
        st.session_state.saved = name
    st.write("Saved name = ", st.session_state.get("saved", "-"))


form_part()

with st.sidebar:
    @st.fragment
    def side():
        if st.button("Side click"):
            st.session_state.side = st.session_state.get("side", 0) + 1
        st.write("Side clicks = ", st.session_state.get("side", 0))

    side()
