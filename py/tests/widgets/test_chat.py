"""st.chat_message and st.chat_input."""


def submit(a, text, key=None):
    node = a.of_type("chatInput")[0] if key is None else a.widget(key)
    return a.run({**a.widget_values, node.props["id"]: text})


def test_chat_input_is_one_shot(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault("log", [])
        def on_submit():
            st.session_state.log.append(st.session_state.chat)
        prompt = st.chat_input("Say", key="chat", on_submit=on_submit, max_chars=5)
        st.write(f"prompt={prompt} log={st.session_state.log} state={st.session_state.chat}")
    """)
    assert a.texts() == ["prompt=None log=[] state=None"]
    (node,) = a.of_type("chatInput", root=3)
    assert node.path == (3, 0)
    assert node.props["placeholder"] == "Say" and node.props["maxChars"] == 5 and node.props["position"] == "bottom"
    submit(a, "hello world")
    assert a.texts() == ["prompt=hello log=['hello'] state=hello"]
    a.run()
    assert a.texts() == ["prompt=None log=['hello'] state=None"]


def test_chat_input_in_a_container_stays_inline(app):
    a = app("""
        import streamlit as st
        with st.container():
            st.chat_input()
        st.sidebar.chat_input(key="side")
    """)
    inline, side = a.of_type("chatInput")
    assert inline.path[0] == 0 and inline.props["position"] == "inline"
    assert inline.props["placeholder"] == "Your message"
    assert side.path[0] == 1 and side.props["position"] == "inline"


def test_chat_input_value_set_through_session_state(app):
    a = app("""
        import streamlit as st
        if st.button("Fill"):
            st.session_state.chat = "drafted"
        prompt = st.chat_input(key="chat")
        st.write(f"prompt={prompt} state={st.session_state.chat}")
    """)
    a.click("Fill")
    node = a.of_type("chatInput")[0]
    assert node.props["setValue"] is True and node.props["value"] == "drafted"
    assert a.texts() == ["prompt=None state=None"]


def test_chat_input_rules(app):
    a = app("""
        import streamlit as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
    """)
    assert a.exceptions[0].props["message"] == "`st.chat_input()` can't be used in a `st.form()`."
    a = app("""
        import streamlit as st
        st.chat_input(submit_mode="later")
    """)
    assert a.exceptions[0].props["message"].startswith("Invalid `submit_mode` value")
    a = app("""
        import streamlit as st
        st.chat_input(on_submit="rerun")
    """)
    assert a.exceptions[0].props["message"] == (
        '`on_submit="rerun"` is not supported on this widget. Pass a callback, or omit `on_submit`.'
    )


def test_chat_message_container(app):
    a = app("""
        import streamlit as st
        with st.chat_message("user"):
            st.write("hi")
        st.chat_message("AI").write("bot")
        st.chat_message("Bob", avatar="🦜")
        st.chat_message("Carol")
        st.chat_message("🦖")
        st.chat_message("x", avatar=":material/star:")
    """)
    blocks = a.of_type("chatMessage")
    assert [(b.props["name"], b.props["avatarType"], b.props["avatar"]) for b in blocks] == [
        ("user", "icon", "user"),
        ("AI", "icon", "assistant"),
        ("Bob", "emoji", "🦜"),
        ("Carol", "icon", ""),
        ("🦖", "emoji", "🦖"),
        ("x", "icon", ":material/star:"),
    ]
    assert [n.props["body"] for n in blocks[0].children.values()] == ["hi"]
    assert [n.props["body"] for n in blocks[1].children.values()] == ["bot"]


def test_chat_message_errors(app):
    a = app("""
        import streamlit as st
        st.chat_message(None)
    """)
    assert a.exceptions[0].props["type"].endswith("StreamlitMissingRequiredParameterError")
    a = app("""
        import streamlit as st
        st.chat_message("x", avatar=3.5)
    """)
    assert a.exceptions[0].props["message"] == "Failed to load the provided avatar value as an image."


def test_chat_message_avatar_urls_and_files(app, tmp_path):
    """As Streamlit's image_to_url: http(s) and data: URLs are kept, an SVG or an
    image file becomes a data: URL, and anything else (a javascript: URL) is
    refused with Streamlit's error."""
    (tmp_path / "face.svg").write_text("<svg viewBox='0 0 2 2'><circle r='1'/></svg>", encoding="utf-8")
    a = app(f"""
        import streamlit as st
        st.chat_message("a", avatar="https://example.com/a.png")
        st.chat_message("b", avatar="data:image/png;base64,AAAA")
        st.chat_message("c", avatar={str(tmp_path / "face.svg")!r})
    """)
    avatars = [b.props["avatar"] for b in a.of_type("chatMessage")]
    assert avatars[:2] == ["https://example.com/a.png", "data:image/png;base64,AAAA"]
    assert avatars[2].startswith("data:image/svg+xml;base64,")
    for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "no-such-file.png"]:
        a = app(f"""
            import streamlit as st
            st.chat_message("x", avatar={url!r})
        """)
        assert a.exceptions[0].props["message"] == "Failed to load the provided avatar value as an image.", url
        assert a.of_type("chatMessage") == []
