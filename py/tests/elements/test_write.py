"""st.write and the text elements produce what Streamlit produces."""


def test_write_joins_strings_and_code_formats_other_values(app):
    a = app("""
        import streamlit as st
        st.write('Count = ', 3)
        st.write(None, 1.5, True)
        st.write('multi\\nline', 'x')
        st.write('has `tick`', 5)
        st.write(st.session_state.get('nope'))
    """)
    assert a.texts() == [
        "Count =  `3`",
        "`None` `1.5` `True`",
        "multi\nline x",
        "has `tick` `5`",
        "`None`",
    ]


def test_write_dicts_lists_and_session_state_as_json(app):
    a = app("""
        import datetime
        import streamlit as st
        st.session_state.t = datetime.time(10, 15)
        st.write({'a': 1, 'b': [1, 2]})
        st.write([1, 'two', None])
        st.write(st.session_state)
        st.json({'s': {1, 2}}, expanded=2)
    """)
    jsons = a.of_type("json")
    assert [j.props["body"] for j in jsons[:3]] == [
        '{"a": 1, "b": [1, 2]}',
        '[1, "two", null]',
        '{"t": "datetime.time(10, 15)"}',
    ]
    assert jsons[3].props == {"body": '{"s": [1, 2]}', "expanded": 2}


def test_write_exception_object(app):
    a = app("""
        import streamlit as st
        st.write(ValueError('shown'))
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "ValueError"
    assert exc.props["message"] == "shown"


def test_write_several_elements_in_order(app):
    a = app("""
        import streamlit as st
        st.write('a', {'k': 1}, 'b')
    """)
    assert [(n.type, n.props["body"]) for n in a.all_nodes()] == [
        ("markdown", "a"),
        ("json", '{"k": 1}'),
        ("markdown", "b"),
    ]


def test_headings_and_text_elements(app):
    a = app("""
        import streamlit as st
        st.title('T', anchor='top', help='tip')
        st.header('H', divider='blue')
        st.subheader('S')
        st.caption('cap')
        st.text('  keep  ')
        st.code('x = 1')
        st.markdown('''
            indented
            block''')
        st.error('e'); st.warning('w'); st.info('i', icon='ℹ️'); st.success('s')
    """)
    heads = a.of_type("heading")
    assert [(h.props["tag"], h.props["body"]) for h in heads] == [("h1", "T"), ("h2", "H"), ("h3", "S")]
    assert heads[0].props["anchor"] == "top" and heads[0].props["help"] == "tip"
    assert heads[1].props["divider"] == "blue"
    caption = [n for n in a.of_type("markdown") if n.props["isCaption"]]
    assert caption[0].props["body"] == "cap"
    assert a.texts("text") == ["keep"]
    assert a.of_type("code")[0].props == {
        "body": "x = 1",
        "language": "python",
        "lineNumbers": False,
        "wrapLines": False,
    }
    assert [n.props["body"] for n in a.of_type("markdown") if not n.props["isCaption"]] == ["indented\nblock"]
    assert [(n.props["format"], n.props["icon"]) for n in a.of_type("alert")] == [
        ("error", None),
        ("warning", None),
        ("info", "ℹ️"),
        ("success", None),
    ]


def test_empty_placeholder_is_replaced_in_place(app):
    a = app("""
        import streamlit as st
        st.write('before')
        slot = st.empty()
        st.write('after')
        slot.text('one')
        slot.text('two')
    """)
    assert [(n.type, n.props["body"]) for n in a.all_nodes()] == [
        ("markdown", "before"),
        ("text", "two"),
        ("markdown", "after"),
    ]


def test_code_drops_only_one_leading_and_one_trailing_newline(app):
    # Streamlit 1.67 keeps indentation and inner blank lines of st.code's body.
    a = app("""
        import streamlit as st
        st.code('\\n\\n  x = 1\\n\\n')
        st.code('  indented\\n  body')
    """)
    assert [n.props["body"] for n in a.of_type("code")] == ["\n  x = 1\n", "  indented\n  body"]
