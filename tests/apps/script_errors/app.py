import streamlit as st

st.title("Errors")


def check_answer(answer):
    if answer != 42:
        raise ValueError(f"the answer is 42, not {answer}")
    return answer


fail = st.button("Ask 41")
hello = st.button("Say hello")

if hello:
    st.write("Hello after the error")

if fail:
    st.write("Answer:", check_answer(41))

st.write("End of script")
