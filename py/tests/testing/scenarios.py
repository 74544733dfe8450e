"""AppTest scenarios written once against Streamlit's AppTest API.

Each scenario drives an app with the ``AppTest`` class it is given and
records what a test would look at (``rec(name, value)``); it also asserts
what the observations must be. test_compat.py runs every scenario against
``wasmlit.testing.AppTest`` and, where Streamlit is installed, against
``streamlit.testing.v1.AppTest``, and checks that both record the same.
"""

from __future__ import annotations

import datetime
from typing import Any, Callable

Rec = Callable[[str, Any], None]

SCENARIOS: dict[str, Callable[[Any, Rec], None]] = {}


def scenario(fn):
    SCENARIOS[fn.__name__] = fn
    return fn


COUNTER = """
import streamlit as st

st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0

increment = st.button('Increment')
if increment:
    st.session_state.count += 1

st.write('Count = ', st.session_state.count)
"""


@scenario
def counter(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(COUNTER).run()
    rec("title", at.title[0].value)
    rec("initial", at.markdown.values)
    rec("button value before click", at.button[0].value)
    at.button[0].click().run()
    rec("after click", at.markdown.values)
    rec("button value in the clicked run", at.button[0].value)
    at.run()
    rec("a plain rerun does not click again", at.markdown.values)
    rec("button value after a plain rerun", at.button[0].value)
    at.button[0].click().run().button[0].click().run()
    rec("count", at.session_state.count)
    assert at.session_state.count == 3
    at.session_state.count = 10
    at.run()
    rec("state written between runs", at.markdown.values)
    rec("label", at.button[0].label)
    rec("len main", len(at.main))


@scenario
def callbacks(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if 'count' not in st.session_state:
            st.session_state.count = 0
            st.session_state.log = []
        def add(n, label=''):
            st.session_state.count += n
            st.session_state.log.append(label or 'add')
        def changed():
            st.session_state.log.append('changed:' + str(st.session_state.name))
        st.number_input('step', value=1, key='step')
        st.button('Add', on_click=add, args=(st.session_state.step,))
        st.button('Add ten', on_click=add, kwargs={'n': 10, 'label': 'ten'})
        st.text_input('name', key='name', on_change=changed)
        st.write('count', st.session_state.count)
        """
    ).run()
    at.button[0].click().run()
    rec("after add", at.session_state.count)
    at.button[1].click().run()
    rec("after add ten", at.session_state.count)
    at.number_input(key="step").set_value(5).run()
    at.button[0].click().run()
    rec("args from the rendering run", at.session_state.count)
    at.text_input(key="name").input("Ada").run()
    at.run()
    rec("log", list(at.session_state.log))
    assert at.session_state.log == ["add", "ten", "add", "changed:Ada"]


@scenario
def forms(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form('f'):
            name = st.text_input('Name')
            age = st.number_input('Age', min_value=0, value=30)
            agree = st.checkbox('Agree')
            submitted = st.form_submit_button('Send')
        st.write('submitted' if submitted else 'not submitted')
        st.write(f'{name}|{age}|{agree}')
        """
    ).run()
    rec("form key", at.form[0].key)
    rec("submit button", (at.form_submit_button[0].label, at.form_submit_button[0].key, at.button[0].form_id))
    rec("widget form ids", [w.form_id for w in (at.text_input[0], at.number_input[0], at.checkbox[0])])
    at.text_input[0].input("Ada")
    at.number_input[0].increment()
    at.checkbox[0].check()
    rec("pending values", (at.text_input[0].value, at.number_input[0].value, at.checkbox[0].value))
    at.run()
    rec("values held until submit", at.markdown.values)
    rec(
        "widget values after an unsubmitted run",
        (at.text_input[0].value, at.number_input[0].value, at.checkbox[0].value),
    )
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(40)
    at.form_submit_button[0].click().run()
    rec("after submit", at.markdown.values)
    at.run()
    rec("the submit is one-shot", at.markdown.values)


@scenario
def form_clear_on_submit(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form('f', clear_on_submit=True):
            text = st.text_input('Text', value='start')
            st.form_submit_button('Go')
        st.write(text)
        """
    ).run()
    at.text_input[0].input("one")
    at.button[0].click().run()
    rec("first submit", at.markdown.values)
    at.run()
    rec("rerun after submit", at.markdown.values)
    at.button[0].click().run()
    rec("second submit sends the defaults", at.markdown.values)


@scenario
def checkbox_and_toggle(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        c = st.checkbox('Check', help='a box')
        t = st.toggle('Toggle', value=True, key='tog')
        d = st.checkbox('Disabled', disabled=True)
        st.write(f'{c} {t} {d}')
        """
    ).run()
    rec("initial", (at.checkbox[0].value, at.toggle[0].value, at.markdown.values))
    rec("attrs", (at.checkbox[0].label, at.checkbox[0].help, at.toggle(key="tog").key, at.checkbox[1].disabled))
    at.checkbox[0].check()
    at.toggle[0].set_value(False)
    at.run()
    rec("changed", (at.checkbox[0].value, at.toggle[0].value, at.markdown.values))
    at.checkbox[0].uncheck().run()
    rec("unchecked", at.markdown.values)
    try:
        at.checkbox[1].check()
        rec("disabled", "no error")
    except Exception as e:  # noqa: BLE001
        rec("disabled", type(e).__name__)


@scenario
def text_inputs(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        a = st.text_input('Short', max_chars=3, placeholder='abc', key='short')
        b = st.text_area('Long', value='hello')
        c = st.text_input('None', value=None)
        st.write(repr(a), repr(b), repr(c))
        """
    ).run()
    rec("initial", (at.text_input[0].value, at.text_area[0].value, at.text_input[1].value))
    rec("attrs", (at.text_input[0].max_chars, at.text_input[0].placeholder, at.text_area[0].label))
    at.text_input(key="short").input("toolong")
    rec("too long is ignored", at.text_input[0].value)
    at.text_input[0].input("abc")
    at.text_area[0].input("multi\nline")
    at.text_input[1].set_value("x")
    at.run()
    rec("after input", at.markdown.values)
    rec("values", (at.text_input[0].value, at.text_area[0].value, at.text_input[1].value))
    rec("state", at.session_state["short"])


@scenario
def number_inputs(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        i = st.number_input('Int', min_value=0, max_value=10, value=9, step=1)
        f = st.number_input('Float', value=1.5, step=0.5)
        n = st.number_input('None', value=None, min_value=0)
        st.write(repr(i), repr(f), repr(n))
        """
    ).run()
    rec("initial", [w.value for w in at.number_input])
    rec("bounds", (at.number_input[0].min, at.number_input[0].max, at.number_input[0].step))
    at.number_input[0].increment().run()
    rec("increment", at.number_input[0].value)
    at.number_input[0].increment().run()
    rec("increment stops at max", at.number_input[0].value)
    at.number_input[1].decrement().run()
    rec("float decrement", at.number_input[1].value)
    at.number_input[2].increment().run()
    rec("None stays", at.number_input[2].value)
    at.number_input[2].set_value(7).run()
    rec("set", at.markdown.values)


@scenario
def sliders(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import datetime
        s = st.slider('Int', 0, 100, 25)
        r = st.slider('Range', 0.0, 1.0, (0.25, 0.75))
        t = st.slider('Time', value=datetime.time(9, 30), key='time')
        st.write(repr(s), repr(r), repr(t))
        """
    ).run()
    rec("initial", [w.value for w in at.slider])
    rec(
        "attrs", (at.slider[0].min, at.slider[0].max, at.slider[0].step, at.slider[0].data_type, at.slider[1].data_type)
    )
    at.slider[0].set_value(60)
    at.slider[1].set_range(0.1, 0.9)
    at.slider(key="time").set_value(datetime.time(10, 0))
    at.run()
    rec("after", [w.value for w in at.slider])
    rec("types", [type(w.value).__name__ for w in at.slider])
    rec("shown", at.markdown.values)


@scenario
def selectbox_and_radio(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        sizes = {1: 'Small', 2: 'Medium', 3: 'Large'}
        s = st.selectbox('Size', [1, 2, 3], format_func=lambda v: sizes[v])
        r = st.radio('Color', ['red', 'green', 'blue'], index=1, horizontal=True)
        n = st.selectbox('Maybe', ['a', 'b'], index=None, placeholder='pick one')
        st.write(repr(s), repr(r), repr(n))
        """
    ).run()
    rec("initial", (at.selectbox[0].value, at.radio[0].value, at.selectbox[1].value))
    rec("options", (at.selectbox[0].options, at.radio[0].options))
    rec("index", (at.selectbox[0].index, at.radio[0].index, at.selectbox[1].index))
    rec("attrs", (at.radio[0].horizontal, at.selectbox[1].placeholder))
    at.selectbox[0].select(3)
    at.radio[0].set_value("blue")
    at.selectbox[1].select_index(1)
    at.run()
    rec("after", (at.selectbox[0].value, at.radio[0].value, at.selectbox[1].value))
    rec("index after", (at.selectbox[0].index, at.radio[0].index, at.selectbox[1].index))
    rec("shown", at.markdown.values)
    at.selectbox[0].select_index(1).run()
    rec("select_index", at.selectbox[0].value)
    at.selectbox[1].select(None).run()
    rec("cleared", at.selectbox[1].value)


@scenario
def time_input(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import datetime
        t = st.time_input('When', datetime.time(8, 45))
        n = st.time_input('Maybe', value=None)
        st.write(repr(t), repr(n))
        """
    ).run()
    rec("initial", (at.time_input[0].value, at.time_input[1].value, at.time_input[0].step))
    at.time_input[0].increment().run()
    rec("increment", at.time_input[0].value)
    at.time_input[0].set_value(datetime.datetime(2024, 1, 1, 13, 5))
    rec("pending datetime reads as time", at.time_input[0].value)
    at.run()
    rec("after", at.time_input[0].value)
    at.time_input[1].set_value(datetime.time(7, 0)).run()
    rec("shown", at.markdown.values)


@scenario
def session_state(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault('runs', 0)
        st.session_state.runs += 1
        name = st.text_input('Name', key='name')
        st.write('runs', st.session_state.runs, 'name', name)
        if 'preset' in st.session_state:
            st.write('preset', st.session_state.preset)
        """
    )
    at.session_state["preset"] = "before the first run"
    at.run()
    rec("preset", at.markdown.values)
    rec("keys", sorted(at.session_state.keys()))
    rec("contains", ("runs" in at.session_state, "nope" in at.session_state))
    rec("get", (at.session_state.get("nope", "default"), at.session_state.runs))
    at.session_state.name = "Grace"
    at.run()
    rec("widget key written between runs", (at.text_input[0].value, at.markdown.values))
    del at.session_state["preset"]
    at.run()
    rec("deleted", sorted(at.session_state.to_dict()))
    try:
        at.session_state.missing
    except AttributeError:
        rec("missing attribute", "AttributeError")
    try:
        at.session_state["missing"]
    except KeyError:
        rec("missing key", "KeyError")


@scenario
def exceptions(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write('before')
        st.exception(ValueError('shown, not raised'))
        if st.button('boom'):
            raise RuntimeError('kaboom')
        st.write('after')
        """
    ).run()
    rec("shown exception", (at.exception[0].message, at.exception[0].value, at.exception[0].is_warning))
    rec("shown exception has no traceback", at.exception[0].stack_trace)
    at.button[0].click().run()
    rec("uncaught", (len(at.exception), at.exception[1].message, at.exception[1].is_warning))
    rec("trace mentions the raising line", any("kaboom" in line for line in at.exception[1].stack_trace))
    rec("elements after the error are gone", at.markdown.values)
    at.run()
    rec("recovers", (len(at.exception), at.markdown.values))


@scenario
def api_errors(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input('A', key='same')
        st.text_input('B', key='same')
        """
    ).run()
    rec("duplicate key", at.exception[0].message)
    rec("is markdown", at.exception[0].is_markdown)
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.missing_value
        """
    ).run()
    rec("missing attribute", at.exception[0].message)
    at = AppTest.from_string(
        """
        import streamlit as st
        st.slider('s', key='s')
        st.session_state.s = 5
        """
    ).run()
    rec("already instantiated", at.exception[0].message)


@scenario
def text_elements(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.title('Title', anchor='top')
        st.header('Header', anchor=False)
        st.subheader('Sub', help='helpful')
        st.markdown('**bold**', unsafe_allow_html=True)
        st.caption('small')
        st.text('plain')
        st.code('x = 1', language='python', line_numbers=True)
        st.json({'a': [1, 2], 'b': None})
        st.json([1], expanded=2)
        st.json({}, expanded=False)
        st.error('E')
        st.warning('W', icon='⚠️')
        st.info('I')
        st.success('S')
        st.progress(40, text='Loading')
        st.toast('Toasted', icon='🍞')
        """
    ).run()
    rec("headings", (at.title[0].value, at.header[0].value, at.subheader[0].value))
    rec("heading attrs", (at.title[0].tag, at.title[0].anchor, at.header[0].hide_anchor, at.subheader[0].help))
    rec("markdown", (at.markdown[0].value, at.markdown[0].allow_html, at.caption[0].value, at.caption[0].is_caption))
    rec("text", at.text[0].value)
    rec("code", (at.code[0].value, at.code[0].language, at.code[0].show_line_numbers))
    rec("json", [(j.value, j.expanded) for j in at.json])
    rec("alerts", (at.error[0].value, at.warning[0].value, at.warning[0].icon, at.info[0].value, at.success[0].value))
    rec("progress", (at.progress[0].value, at.progress[0].text))
    rec("toast", (at.toast[0].value, at.toast[0].icon))
    rec("types in main", [node.type for node in at.main])


@scenario
def write_values(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write('a', 1, 2.5, True, None)
        st.write({'k': 'v'})
        st.write([1, 'two'])
        st.write('multi', 'args')
        x = 42
        x
        'magic string'
        """
    ).run()
    rec("markdown", at.markdown.values)
    rec("json", at.json.values)


@scenario
def layout(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        a, b = st.columns([1, 3])
        a.write('left')
        with b:
            st.button('in b', key='b')
        with st.container(key='box'):
            st.write('boxed')
        with st.expander('More'):
            st.write('hidden')
        with st.status('Working') as s:
            st.write('step')
        st.sidebar.title('Side')
        st.sidebar.checkbox('Side box')
        """
    ).run()
    rec("columns", (len(at.columns), [c.weight for c in at.columns]))
    rec("in column", [e.value for e in at.columns[0].markdown])
    rec("button in b", at.columns[1].button[0].key)
    rec("container", (len(at.container), at.container[0].key, at.container[0].markdown[0].value))
    rec("expander", (at.expander[0].label, at.expander[0].markdown[0].value))
    rec("status", (at.status[0].label, at.status[0].state, at.status[0].icon, at.status[0].markdown[0].value))
    rec("sidebar", (at.sidebar.title[0].value, at.sidebar.checkbox[0].label, len(at.main.checkbox)))
    rec("get_by_key", at.get_by_key("b").label)
    rec("get", len(at.get("checkbox")))


@scenario
def rerun_and_stop(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault('n', 0)
        if st.session_state.n < 3:
            st.session_state.n += 1
            st.rerun()
        st.write('n', st.session_state.n)
        if st.checkbox('stop'):
            st.stop()
        st.write('end')
        """
    ).run()
    rec("rerun until done", at.markdown.values)
    at.checkbox[0].check().run()
    rec("stopped", at.markdown.values)


def _greet(name, punctuation="!"):
    import streamlit as st

    st.write("Hello " + name + punctuation)


@scenario
def from_function(AppTest, rec: Rec) -> None:
    at = AppTest.from_function(_greet, args=("Ada",), kwargs={"punctuation": "?"}).run()
    rec("greeting", at.markdown.values)


@scenario
def timeout(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import time
        import streamlit as st
        st.write('start')
        time.sleep(5)
        st.write('end')
        """,
        default_timeout=0.5,
    )
    try:
        at.run()
        rec("timeout", "no error")
    except RuntimeError as e:
        rec("timeout", str(e))


@scenario
def divider_spinner_placeholder(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.divider()
        st.latex('x^2')
        with st.spinner('wait'):
            pass
        slot = st.empty()
        slot.write('placeholder')
        st.write('after')
        """
    ).run()
    rec("types in main", [node.type for node in at.main])
    rec("child indices", sorted(at.main.children))
    rec("dividers", len(at.divider))
    rec("latex", [e.value for e in at.latex])
    rec("markdown", at.markdown.values)
    rec("placeholder replaced", at.markdown.values[-2:])


def snapshot(at) -> list[tuple[Any, ...]]:
    """Every node of the tree: type, key and value (widgets: label too)."""
    rows = []
    for node in at:
        row: tuple[Any, ...] = (node.type, getattr(node, "key", None))
        if hasattr(node, "children"):
            rows.append(row + (len(node.children),))
            continue
        value = node.value
        row += (type(value).__name__, value if not isinstance(value, list) else tuple(value))
        if hasattr(node, "id"):
            # (Streamlit's ChatInput and Feedback have no label or form_id.)
            labelled = node.type not in ("chat_input", "feedback")
            row += (node.label if labelled else None, node.form_id if labelled else None, node.disabled)
        rows.append(row)
    return rows


@scenario
def keyed_widgets_and_state(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if 'celsius' not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider('Temperature', min_value=-100.0, max_value=100.0, key='celsius')
        st.selectbox('Pick', ['a', 'b', 'c'], key='pick')
        st.radio('Mode', ['x', 'y'], key='mode', captions=['first', 'second'])
        st.checkbox('Flag', key='flag')
        st.button('Press', key='press')
        def reset():
            st.session_state.celsius = 0.0
            st.session_state.pick = 'c'
        st.button('Reset', on_click=reset)
        st.write(st.session_state.celsius, st.session_state.pick, st.session_state.mode, st.session_state.flag)
        """
    ).run()
    rec("first", snapshot(at))
    rec("state", sorted((k, repr(v)) for k, v in at.session_state.items()))
    at.slider(key="celsius").set_value(12.5)
    at.selectbox(key="pick").select("b")
    at.radio(key="mode").set_value("y")
    at.checkbox(key="flag").check()
    at.button(key="press").click()
    at.run()
    rec("second", snapshot(at))
    rec("state after", sorted((k, repr(v)) for k, v in at.session_state.items()))
    at.button[1].click().run()
    rec("after the callback", snapshot(at))
    at.session_state.mode = "x"
    at.run()
    rec("written", snapshot(at))


@scenario
def conditional_widgets(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        show = st.checkbox('Show details')
        if show:
            detail = st.text_input('Detail', key='detail')
            st.number_input('Count', 0, 10, 2, key='count')
            st.write('detail:', detail)
        st.write(sorted(k for k in st.session_state.to_dict()))
        """
    ).run()
    rec("hidden", snapshot(at))
    at.checkbox[0].check().run()
    rec("shown", snapshot(at))
    at.text_input(key="detail").input("abc")
    at.number_input(key="count").decrement()
    at.run()
    rec("edited", snapshot(at))
    at.checkbox[0].uncheck().run()
    rec("hidden again", snapshot(at))
    rec("state keys", sorted(at.session_state.keys()))
    at.checkbox[0].check().run()
    rec("shown again: values reset", snapshot(at))


@scenario
def form_callbacks(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import datetime
        if 'count' not in st.session_state:
            st.session_state.count = 0
            st.session_state.last_updated = datetime.time(0, 0)
        def update_counter():
            st.session_state.count += st.session_state.increment_value
            st.session_state.last_updated = st.session_state.update_time
        with st.form(key='my_form'):
            st.time_input(label='Enter the time', value=datetime.time(12, 0), key='update_time')
            st.number_input('Enter a value', value=0, step=1, key='increment_value')
            submit = st.form_submit_button(label='Update', on_click=update_counter)
        st.write('Current Count = ', st.session_state.count)
        st.write('Last Updated = ', st.session_state.last_updated)
        """
    ).run()
    rec("initial", snapshot(at))
    at.number_input(key="increment_value").set_value(3)
    at.time_input(key="update_time").set_value(datetime.time(15, 30))
    at.run()
    rec("not submitted", snapshot(at))
    at.number_input(key="increment_value").set_value(3)
    at.time_input(key="update_time").set_value(datetime.time(15, 30))
    at.form_submit_button[0].click().run()
    rec("submitted", snapshot(at))
    at.form_submit_button[0].click().run()
    rec("submitted again", snapshot(at))


@scenario
def rerun_from_callback(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault('runs', 0)
        st.session_state.runs += 1
        def cb():
            st.session_state.clicked = True
            st.rerun()
        clicked = st.button('Go', on_click=cb)
        st.write('runs', st.session_state.runs, st.session_state.get('clicked', False), clicked)
        """
    ).run()
    at.button[0].click().run()
    rec("after", snapshot(at))


EVERY_WIDGET = """
import datetime
import streamlit as st

def widgets(prefix):
    st.button('Button', key=prefix + 'button') if not prefix.startswith('form') else None
    st.checkbox('Checkbox', key=prefix + 'checkbox')
    st.toggle('Toggle', value=True, key=prefix + 'toggle')
    st.text_input('Text', value='t', max_chars=20, key=prefix + 'text_input')
    st.text_area('Area', key=prefix + 'text_area')
    st.number_input('Int', 0, 100, 5, key=prefix + 'int')
    st.number_input('Float', value=0.25, step=0.25, key=prefix + 'float')
    st.slider('Slider', 0, 10, (2, 8), key=prefix + 'slider')
    st.slider('Date', datetime.date(2024, 1, 1), datetime.date(2024, 2, 1), datetime.date(2024, 1, 15), key=prefix + 'date')
    st.selectbox('Select', ['a', 'b', 'c'], index=2, key=prefix + 'selectbox')
    st.radio('Radio', [10, 20, 30], key=prefix + 'radio')
    st.time_input('Time', datetime.time(12, 0), key=prefix + 'time')

widgets('')
with st.sidebar:
    widgets('side_')
with st.form('form', clear_on_submit=True):
    widgets('form_')
    st.form_submit_button('Submit')
st.write({k: repr(v) for k, v in sorted(st.session_state.to_dict().items())})
"""

NEW_VALUES = {
    "checkbox": True,
    "toggle": False,
    "text_input": "new",
    "text_area": "lines\\nof text",
    "int": 42,
    "float": 1.75,
    "slider": (3, 4),
    "date": datetime.date(2024, 1, 20),
    "selectbox": "a",
    "radio": 30,
    "time": datetime.time(18, 45),
}


def _set_all(at, prefix):
    for name, value in NEW_VALUES.items():
        widget = at.get_by_key(prefix + name)
        widget.set_value(value)


@scenario
def every_widget(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(EVERY_WIDGET).run()
    rec("initial", snapshot(at))
    _set_all(at, "")
    _set_all(at, "side_")
    _set_all(at, "form_")
    at.button(key="button").click()
    at.run()
    rec("set outside the form", snapshot(at))
    _set_all(at, "form_")
    at.form_submit_button[0].click().run()
    rec("form submitted", snapshot(at))
    at.run()
    rec("rerun after the submit", snapshot(at))
    at.form_submit_button[0].click().run()
    rec("cleared form submitted again", snapshot(at))
    rec("state", sorted((k, repr(v)) for k, v in at.session_state.items()))


@scenario
def more_widgets(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import datetime
        import streamlit as st
        m = st.multiselect('Fruits', ['apple', 'banana', 'cherry'], default=['banana'], key='m')
        d = st.date_input('Day', datetime.date(2024, 3, 1), key='d')
        r = st.date_input('Trip', (datetime.date(2024, 3, 1), datetime.date(2024, 3, 5)), key='r')
        c = st.color_picker('Colour', '#00ff00', key='c')
        s = st.select_slider('Size', ['S', 'M', 'L', 'XL'], value='M', key='s')
        sr = st.select_slider('Span', ['S', 'M', 'L', 'XL'], value=('S', 'L'), key='sr')
        p = st.pills('Tags', ['a', 'b', 'c'], selection_mode='multi', key='p')
        g = st.segmented_control('Mode', ['x', 'y'], key='g')
        f = st.feedback('thumbs', key='f')
        st.write(repr(m), repr(d), repr(r), repr(c), repr(s), repr(sr), repr(p), repr(g), repr(f))
        """
    ).run()
    rec("initial", snapshot(at))
    at.multiselect(key="m").select("cherry").unselect("banana")
    at.date_input(key="d").set_value(datetime.date(2024, 4, 2))
    at.date_input(key="r").set_value((datetime.date(2024, 5, 1), datetime.date(2024, 5, 9)))
    at.color_picker(key="c").pick("ff0000")
    at.select_slider(key="s").set_value("XL")
    at.select_slider(key="sr").set_range("M", "XL")
    at.pills(key="p").select("a").select("c")
    at.segmented_control(key="g").select("y")
    at.feedback(key="f").set_value(1)
    at.run()
    rec("changed", snapshot(at))
    rec("multiselect", (at.multiselect[0].options, at.multiselect[0].values, at.multiselect[0].indices))
    rec("pills", (at.pills[0].formatted_values, at.pills[0].indices, len(at.segmented_control), len(at.button_group)))
    rec("date input", (at.date_input[0].min, at.date_input[0].max, at.date_input[1].is_range))
    at.pills(key="p").unselect("a")
    at.segmented_control(key="g").unselect("y")
    at.run()
    rec("unselected", snapshot(at))


@scenario
def chat_and_triggers(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault('history', [])
        with st.chat_message('user'):
            st.write('hello')
        prompt = st.chat_input('Say something', key='chat')
        if prompt:
            st.session_state.history.append(prompt)
        downloaded = st.download_button('Download', 'data', file_name='x.txt', key='dl')
        st.write('history', st.session_state.history, 'downloaded', downloaded)
        tab_a, tab_b = st.tabs(['A', 'B'])
        tab_a.write('in a')
        tab_b.metric('Speed', 42, delta=3)
        """
    ).run()
    rec("initial", snapshot(at))
    at.chat_input(key="chat").set_value("hi there").run()
    rec("submitted", (snapshot(at), at.chat_input[0].value))
    at.run()
    rec("one-shot", (at.markdown.values, at.chat_input[0].value))
    at.download_button(key="dl").click().run()
    rec("downloaded", (at.markdown.values, at.download_button[0].value))
    rec("chat message", (at.chat_message[0].name, at.chat_message[0].markdown[0].value))
    rec("tabs", ([t.label for t in at.tabs], at.tabs[0].markdown[0].value))
    rec("metric", (at.metric[0].label, at.metric[0].value, at.metric[0].delta))


CACHING = """
import streamlit as st
if "runs" not in st.session_state:
    # Caches are process-wide in both implementations: start empty.
    st.cache_data.clear()
    st.cache_resource.clear()
    st.session_state.runs = {"data": 0, "resource": 0}
runs = st.session_state.runs

@st.cache_data(show_spinner=False)
def table(n, _note=None):
    runs["data"] += 1
    st.caption(f"table {n}")
    with st.expander("inside"):
        st.write("rows", n)
    return list(range(n))

@st.cache_resource(show_spinner=False)
def shared():
    runs["resource"] += 1
    return {"hits": 0}

n = st.number_input("n", value=2, key="n")
rows = table(int(n), _note=object())
rows.append("mutated")
shared()["hits"] += 1
st.write("rows", str(table(int(n))), "runs", runs["data"], runs["resource"], "hits", shared()["hits"])
if st.button("clear"):
    table.clear()
try:
    table(lambda: 0)
except Exception as exc:
    st.exception(exc)
"""


@scenario
def caching(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(CACHING).run()
    rec("first run", at.markdown.values)
    rec("captions", [c.value for c in at.caption])
    rec("unhashable", [e.value for e in at.exception])
    at.run()
    rec("hit replays", (at.markdown.values, [c.value for c in at.caption], [e.label for e in at.expander]))
    at.number_input(key="n").set_value(3).run()
    rec("new argument", at.markdown.values)
    at.number_input(key="n").set_value(2).run()
    rec("back to a cached argument", at.markdown.values)
    at.button[0].click().run()
    rec("after clear", at.markdown.values)
    at.run()
    rec("rerun after clear", at.markdown.values)
    assert "runs `3` `1`" in at.markdown.values[-1], at.markdown.values


def _write_app(files: dict[str, str]) -> str:
    """Writes an app's files into a fresh folder; returns the entrypoint's path."""
    import tempfile
    import textwrap
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="wasmlit-scenario-"))
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(folder / "app.py")


MULTIPAGE_NAV = {
    "app.py": """
        import streamlit as st

        def home():
            st.title("Home")
            st.session_state.setdefault("count", 0)
            if st.button("Inc"):
                st.session_state.count += 1
            if st.button("Go"):
                st.switch_page(st.Page("other.py"), query_params={"from": "home"})

        page = st.navigation({"Main": [st.Page(home, default=True)], "More": ["other.py"]})
        st.sidebar.write("current:", page.title, page.url_path or "(root)")
        page.run()
    """,
    "other.py": """
        import streamlit as st
        st.title("Other")
        st.write("count", st.session_state.get("count"))
        st.write("from", st.query_params.get("from", "-"))
        st.text_input("Note", key="note")
        if st.button("Home"):
            st.switch_page(st.Page(lambda: None, title="x", url_path="home_"))
    """,
}


@scenario
def navigation_and_switch_page(AppTest, rec: Rec) -> None:
    at = AppTest.from_file(_write_app(MULTIPAGE_NAV)).run()
    rec("home", ([t.value for t in at.title], [m.value for m in at.sidebar.markdown]))
    at.button[0].click().run()
    at.button[1].click().run()
    rec("after switch_page", ([t.value for t in at.title], at.markdown.values, [m.value for m in at.sidebar.markdown]))
    rec("query params", dict(at.query_params))
    at.text_input(key="note").input("hi").run()
    rec("note", at.session_state["note"])
    at.run()
    rec("stays on the page", ([t.value for t in at.title], at.markdown.values))
    at.button[0].click().run()
    rec("switch_page to an unregistered page", [e.value for e in at.exception])
    assert at.session_state["count"] == 1


PAGES_DIR = {
    "app.py": """
        import streamlit as st
        st.title("Main")
        st.session_state.setdefault("visits", 0)
        st.session_state.visits += 1
        st.write("visits", st.session_state.visits)
    """,
    "pages/2_📈_Charts.py": """
        import streamlit as st
        st.title("Charts")
        st.write("visits", st.session_state.visits)
        if st.button("Main"):
            st.switch_page("app.py")
    """,
    "pages/1_Intro.py": """
        import streamlit as st
        st.title("Intro")
        try:
            st.switch_page("pages/missing.py")
        except Exception as e:
            st.write(type(e).__name__)
    """,
}


@scenario
def pages_directory(AppTest, rec: Rec) -> None:
    at = AppTest.from_file(_write_app(PAGES_DIR)).run()
    rec("main", ([t.value for t in at.title], at.markdown.values))
    at.switch_page("pages/2_📈_Charts.py").run()
    rec("charts", ([t.value for t in at.title], at.markdown.values))
    at.button[0].click().run()
    rec("switched back", ([t.value for t in at.title], at.markdown.values))
    at.switch_page("pages/1_Intro.py").run()
    rec("missing page", ([t.value for t in at.title], at.markdown.values))


QUERY_PARAMS = """
import streamlit as st
st.write("all", st.query_params.to_dict())
st.write("b", st.query_params.get_all("b"))
st.write("has embed", "embed" in st.query_params)
if st.button("set"):
    st.query_params.update({"a": "x", "c": ["1", "2"]})
if st.button("from_dict"):
    st.query_params.from_dict([("z", "9")])
if st.button("clear"):
    st.query_params.clear()
"""


@scenario
def query_params(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(QUERY_PARAMS)
    at.query_params = {"a": "1", "b": ["2", "3"], "embed": "true"}
    at.run()
    rec("read", at.markdown.values)
    at.button[0].click().run()
    rec("after update", dict(at.query_params))
    at.button[1].click().run()
    rec("after from_dict", dict(at.query_params))
    at.button[2].click().run()
    rec("after clear", dict(at.query_params))


FRAGMENTS = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

@st.fragment
def part(label):
    if st.button(label):
        st.session_state[label] = st.session_state.get(label, 0) + 1
    st.write(label, st.session_state.get(label, 0))

part("a")
part("b")
st.write("runs", st.session_state.runs)
"""


@scenario
def fragments_in_full_runs(AppTest, rec: Rec) -> None:
    at = AppTest.from_string(FRAGMENTS).run()
    rec("first", at.markdown.values)
    at.button[1].click().run()
    rec("after b", at.markdown.values)
    rec("containers", len(at.main))


# More scenarios, registered into SCENARIOS (scenario() is defined above).
import scenarios_api  # noqa: E402,F401
import scenarios_inputs  # noqa: E402,F401
