"""AppTest scenarios for the parameters Streamlit 1.67 added to existing
commands (bind="query-params", persist_state, on_change="ignore", wrap,
text_alignment, ...) and for st.pagination and st.grid; registered into
scenarios.SCENARIOS and run by test_compat.py against both AppTests."""

from __future__ import annotations

from scenarios import Rec, scenario

T = {"timeout": 60}

BOUND = """
import streamlit as st
v = st.checkbox("Flag", key="flag", bind="query-params")
n = st.slider("N", 0, 10, 3, key="n", bind="query-params")
s = st.selectbox("S", ["a", "b", "c"], key="s", bind="query-params")
m = st.multiselect("M", ["x", "y", "z"], key="m", bind="query-params")
t = st.text_input("T", key="t", bind="query-params")
st.text(repr((v, n, s, m, t)))
if st.button("reset"):
    st.session_state.flag = False
try:
    st.query_params["flag"] = "x"
except Exception as e:
    st.text(f"{type(e).__name__}: {e}")
try:
    del st.query_params["n"]
except Exception as e:
    st.text(f"{type(e).__name__}: {e}")
try:
    st.query_params.clear()
except Exception as e:
    st.text(f"{type(e).__name__}: {e}")
st.query_params["free"] = "1"
"""


@scenario
def bind_query_params_seed_and_protect(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(BOUND)
    at.query_params["flag"] = "true"
    at.query_params["n"] = "7"
    at.query_params["s"] = "zz"
    at.query_params["m"] = ["y", "q", "y"]
    at.query_params["t"] = ""
    at.run(**T)
    rec("seeded", at.text.values)
    rec("url after the first run", dict(at.query_params))
    at.checkbox[0].uncheck().run(**T)
    rec("unchecked", at.text.values[0])
    at.slider[0].set_value(9).run(**T)
    rec("slider moved", at.text.values[0])
    rec("url (the page writes the user's changes)", dict(at.query_params))


@scenario
def bind_query_params_out_of_range(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(BOUND)
    at.query_params["n"] = "99"
    at.query_params["flag"] = "maybe"
    at.query_params["s"] = "b"
    at.run(**T)
    rec("values", at.text.values[0])
    rec("url", dict(at.query_params))


@scenario
def bind_query_params_set_from_python(AppTest, rec: Rec) -> None:
    at = AppTest.from_string("""
import streamlit as st
if st.button("pick c"):
    st.session_state.choice = "c"
if st.button("back to a"):
    st.session_state.choice = "a"
st.radio("Choice", ["a", "b", "c"], key="choice", bind="query-params")
st.text(st.session_state.choice)
""")
    at.run(**T)
    rec("start", (at.text.values, dict(at.query_params)))
    at.button[0].click().run(**T)
    rec("picked", (at.text.values, dict(at.query_params)))
    at.button[1].click().run(**T)
    rec("back", (at.text.values, dict(at.query_params)))


@scenario
def bind_needs_a_key_and_no_password(AppTest, rec: Rec) -> None:
    for line in (
        "st.toggle('x', bind='query-params')",
        "st.text_input('x', key='p', type='password', bind='query-params')",
        "st.number_input('x', key='embed', bind='query-params')",
    ):
        at = AppTest.from_string("import streamlit as st\n" + line).run(**T)
        rec(line, [e.value for e in at.exception])


PERSISTED = """
import streamlit as st

def home():
    show = st.checkbox("show", value=True, key="show")
    if show:
        st.text_input("keep", key="keep", persist_state="page")
        st.text_input("sess", key="sess", persist_state="session")
        st.text_input("plain", key="plain")
    st.text(f"home {[st.session_state.get(k) for k in ('keep', 'sess', 'plain')]}")

def other():
    st.text(f"other {[st.session_state.get(k) for k in ('keep', 'sess', 'plain')]}")

home_page = st.Page(home, title="Home", default=True)
other_page = st.Page(other, title="Other")
pg = st.navigation([home_page, other_page])
if st.sidebar.button("to other"):
    st.switch_page(other_page)
if st.sidebar.button("to home"):
    st.switch_page(home_page)
pg.run()
"""


@scenario
def persist_state_page_and_session(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(PERSISTED).run(**T)
    at.text_input(key="keep").input("a").run(**T)
    at.text_input(key="sess").input("b").run(**T)
    at.text_input(key="plain").input("c").run(**T)
    rec("typed", at.text.values)
    at.checkbox(key="show").uncheck().run(**T)
    rec("hidden", at.text.values)
    at.checkbox(key="show").check().run(**T)
    rec("shown again", (at.text.values, [t.value for t in at.text_input]))
    at.sidebar.button[0].click().run(**T)
    rec("other page", at.text.values)
    at.sidebar.button[1].click().run(**T)
    rec("back home", (at.text.values, [t.value for t in at.text_input]))


@scenario
def persist_state_needs_a_key(AppTest, rec: Rec) -> None:
    at = AppTest.from_string("import streamlit as st\nst.slider('x', persist_state='session')\n").run(**T)
    rec("error", [e.value for e in at.exception])


@scenario
def on_change_ignore_keeps_values(AppTest, rec: Rec) -> None:
    at = AppTest.from_string("""
import streamlit as st
def cb():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
a = st.text_input("A", key="a", on_change="ignore")
b = st.number_input("B", key="b", on_change="ignore")
c = st.checkbox("C", on_change=cb)
st.text(repr((a, b, c, st.session_state.get("calls"))))
""").run(**T)
    at.text_input(key="a").input("typed").run(**T)
    rec("the next run carries the value", at.text.values)
    at.checkbox[0].check().run(**T)
    rec("callback", at.text.values)


@scenario
def pagination_values(AppTest, rec: Rec) -> None:
    at = AppTest.from_string("""
import streamlit as st
p = st.pagination(10, default=3, key="p")
st.text(f"page {p}")
if st.button("far"):
    st.session_state.p = 42
""").run(**T)
    rec("default", (at.text.values, at.session_state.p))
    at.button[0].click().run(**T)
    rec("out of range from state", (at.text.values, at.session_state.p))
    for line in (
        "st.pagination(0)",
        "st.pagination(3, default=5)",
        "st.pagination(3, default='1')",
        "st.pagination(3, max_visible_pages=-1)",
        "st.pagination(3.5)",
    ):
        bad = AppTest.from_string("import streamlit as st\n" + line).run(**T)
        rec(line, [e.value for e in bad.exception])


@scenario
def grid_cells(AppTest, rec: Rec) -> None:
    at = AppTest.from_string("""
import streamlit as st
g = st.grid(3, gap=("small", "large"), key="g")
with g:
    st.text("a")
    st.text("b")
with g.cell(column_span=2):
    st.text("wide")
g.text("d")
st.text("after")
""").run(**T)
    rec("texts", at.text.values)
    rec("exceptions", [e.value for e in at.exception])
    for line in (
        "st.grid(25)",
        "st.grid(wrap=False)",
        "st.grid(2, gap=(1, 2, 3))",
        "st.grid(2).cell(column_span=3)",
        "st.grid(row_height=0)",
        "st.grid(border=1)",
        "st.grid(min_column_width='wide')",
        "st.grid(2).cell(row_span=0)",
    ):
        bad = AppTest.from_string("import streamlit as st\n" + line).run(**T)
        rec(line, [e.value for e in bad.exception])


@scenario
def new_display_parameters(AppTest, rec: Rec) -> None:
    at = AppTest.from_string("""
import streamlit as st
st.title("T", icon="🔥", text_alignment="center")
st.header("H", icon=":material/thumb_up:", wrap=False, anchor=False)
st.markdown("## md", anchors=False, text_alignment="right", width="content")
st.caption("cap", text_alignment="justify", wrap=False)
st.text("txt", wrap=False)
st.error("⚠️ body", title="Title")
st.info("i", title="Info", icon="ℹ️")
st.button("B", shortcut="Ctrl+Shift+K", icon_position="right", wrap=False)
with st.expander("E", type="compact"):
    st.text("in e")
with st.status("S", type="step", state="complete"):
    st.text("in s")
with st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center",
                  wrap=False, autoscroll=True):
    st.text("h")
a, b = st.columns(2, wrap=False)
a.text("col")
""").run(**T)
    rec("titles", [(t.value, t.tag) for t in at.title])
    rec("headers", [h.value for h in at.header])
    rec("markdown", at.markdown.values)
    rec("caption", at.caption.values)
    rec("text", at.text.values)
    rec("errors", [(e.value, e.icon) for e in at.error])
    rec("infos", [(e.value, e.icon) for e in at.info])
    rec("buttons", [b.label for b in at.button])
    rec("expanders", [e.label for e in at.expander])
    rec("exceptions", [e.value for e in at.exception])
