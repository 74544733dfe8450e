"""Every way a run can end badly, one button each; a counter shows whether
session state survived."""

import json
import os
import sys

import streamlit as st

st.session_state.setdefault("count", 0)


def count():
    st.session_state.count += 1


def callback_that_never_returns():
    while True:
        pass


def callback_exits():
    sys.exit(2)


def recurse(n):
    return recurse(n + 1) + 1


st.button("Count", on_click=count)
st.write(f"count: {st.session_state.count}")

if st.button("Raise"):
    raise ValueError("a plain exception")
if st.button("sys.exit"):
    st.write("before exit")
    sys.exit()
    st.write("after exit")
st.button("Exit in callback", on_click=callback_exits)
if st.button("KeyboardInterrupt"):
    raise KeyboardInterrupt("raised by the script")
if st.button("Recursion"):
    recurse(0)
if st.button("Deep recursion"):
    sys.setrecursionlimit(10**6)
    try:
        recurse(0)
    finally:
        sys.setrecursionlimit(1000)
if st.button("Recursion through C"):
    sys.setrecursionlimit(10**6)

    def down(n):
        return sorted([n + 1], key=down)[0]

    try:
        down(0)
    finally:
        sys.setrecursionlimit(1000)
if st.button("JSON of deep nesting"):
    nested = []
    for _ in range(200_000):
        nested = [nested]
    json.dumps(nested)
if st.button("repr of deep nesting"):
    nested = []
    for _ in range(200_000):
        nested = [nested]
    repr(nested)
if st.button("MemoryError"):
    raise MemoryError()
if st.button("Huge bytearray"):
    bytearray(3 * 10**9)
if st.button("Fill memory"):
    blocks = []
    while True:
        blocks.append(bytearray(100 * 2**20))
if st.button("os._exit"):
    os._exit(1)
if st.button("Loop"):
    st.write("looping")
    while True:
        pass
st.button("Callback loop", on_click=callback_that_never_returns)
st.write("end of script")
