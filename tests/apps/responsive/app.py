import time

import streamlit as st

st.title("Responsive")
value = st.text_input("Value", key="value")
st.write("value:", value)

st.session_state.setdefault("clicks", 0)


def count_click():
    st.session_state.clicks += 1


st.button("Count", on_click=count_click)
st.write("clicks:", st.session_state.clicks)

if st.button("Progress"):
    bar = st.progress(0, text="Starting")
    for step in range(1, 6):
        time.sleep(0.3)
        bar.progress(step * 20, text=f"Step {step}")
    st.write("progress done")

if st.button("Spinner"):
    with st.spinner("Working hard..."):
        time.sleep(1.0)
    st.write("spinner done")

if st.button("Sleep"):
    started = time.monotonic()
    time.sleep(1.0)
    st.write(f"slept {time.monotonic() - started:.1f}")

if st.button("Slow"):
    st.write("slow started")
    time.sleep(30)
    st.write("slow finished")

if st.button("Spin"):
    st.write("spinning")
    while True:
        pass

if st.button("Stream"):
    def words():
        for word in ["alpha ", "beta ", "gamma"]:
            time.sleep(0.3)
            yield word
    st.write_stream(words)

if st.button("Status"):
    with st.status("Downloading data...", expanded=True) as status:
        st.write("Searching for data...")
        time.sleep(0.6)
        status.update(label="Download complete!", state="complete")

if st.button("Toast"):
    st.toast("Toasted!", icon="🍞")

st.write("end of script")
