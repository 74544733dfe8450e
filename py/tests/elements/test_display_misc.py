"""st.latex, st.html, st.echo, st.balloons and st.snow."""

import pytest


def test_latex_is_display_math_markdown(app):
    a = app('import streamlit as st\nst.latex(r"""\n    a^2 + b^2 = c^2\n""", help="Pythagoras")\n')
    (node,) = a.of_type("markdown")
    assert node.props["body"] == "$$\na^2 + b^2 = c^2\n$$"
    assert node.props["help"] == "Pythagoras"


def test_html_body_and_style_only_flag(app, tmp_path):
    css = tmp_path / "style.css"
    css.write_text("p { color: red; }")
    a = app(f"""
        import streamlit as st
        from pathlib import Path

        class Table:
            def _repr_html_(self):
                return "<table><tr><td>1</td></tr></table>"

        st.html("  <b>Bold</b>  ")
        st.html(Table())
        st.html(Path({str(css)!r}))
        st.html("<!-- c --><style>h1 {{ color: red; }}</style>")
    """)
    bodies = [(n.props["body"], n.props["styleOnly"]) for n in a.of_type("html")]
    assert bodies == [
        ("<b>Bold</b>", False),
        ("<table><tr><td>1</td></tr></table>", False),
        ("<style>p { color: red; }</style>", True),
        ("<!-- c --><style>h1 { color: red; }</style>", True),
    ]


def test_html_unsafe_allow_javascript_reaches_the_page(app):
    a = app("""
        import streamlit as st
        st.html("<script>1</script><p>x</p>")
        st.html("<script>1</script><p>x</p>", unsafe_allow_javascript=True)
    """)
    assert [n.props["unsafeAllowJavascript"] for n in a.of_type("html")] == [False, True]


def test_html_requires_a_body(app):
    a = app('import streamlit as st\nst.html("   ")\n')
    (exc,) = a.exceptions
    assert exc.props["message"] == "The `body` parameter is required."


@pytest.mark.parametrize("location, order", [("above", ["code", "markdown"]), ("below", ["markdown", "code"])])
def test_echo_shows_the_block_and_runs_it(app, location, order):
    a = app(f'''
        import streamlit as st

        with st.echo(code_location="{location}"):
            def double(x):
                return 2 * x

            st.write("result", double(21))
        st.write("after")
    ''')
    nodes = [n for n in a.all_nodes(0) if n.type in ("code", "markdown")]
    assert [n.type for n in nodes[:2]] == order
    code = a.of_type("code")[0].props
    assert code["body"] == 'def double(x):\n    return 2 * x\n\nst.write("result", double(21))'
    assert code["language"] == "python"
    assert a.texts()[-1] == "after"
    assert "result `42`" in a.texts()


def test_echo_in_a_container(app):
    a = app("""
        import streamlit as st
        with st.echo():
            x = 1
    """)
    assert a.of_type("code")[0].props["body"] == "x = 1"


def test_balloons_and_snow_are_new_each_run(app):
    a = app("import streamlit as st\nst.balloons()\nst.snow()\n")
    first = [n.props["runId"] for n in a.of_type("balloons") + a.of_type("snow")]
    a.run()
    second = [n.props["runId"] for n in a.of_type("balloons") + a.of_type("snow")]
    assert len(first) == 2 and first[0] == first[1]
    assert second[0] != first[0]


def test_badge_space_options_and_unsupported_commands(app_file):
    from wasmlit.testing import AppTest

    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.badge("New", icon="🔥", color="green")
        st.space("large")
        st.space(24)
        st.write(st.get_option("client.showErrorDetails"), st.get_option("theme.primaryColor"))
        st.set_option("client.toolbarMode", "minimal")
        st.write(st.get_option("client.toolbarMode"))
        for call in (lambda: st.get_option("nope.x"), lambda: st.set_option("server.port", 1),
                     lambda: st.login(), lambda: st.badge("x", color="pink")):
            try:
                call()
            except Exception as e:
                st.write(type(e).__name__, str(e))
    """)
    ).run()
    assert at.markdown.values == [
        ":green-badge[🔥 New]",
        "full `None`",
        "minimal",
        'RuntimeError Config key "nope.x" not defined.',
        "StreamlitAPIException server.port cannot be set on the fly. Set as command line option, e.g. "
        "streamlit run script.py --server.port, or in config.toml instead.",
        "StreamlitAPIException `st.login` is not supported by wasmlit: there is no server to sign in to.",
        # Streamlit 1.67 does not check the colour: the markdown shows as written.
        ":pink-badge[x]",
    ]
    spaces = [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "space"]
    assert spaces == [{"size": "4.25rem"}, {"size": "24px"}]


def test_pyplot_draws_a_matplotlib_figure(app_file):
    import pytest

    pytest.importorskip("matplotlib")
    # The first import of pyplot builds Matplotlib's font cache (seconds on a
    # new machine): do it here, not inside the timed AppTest run.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot
    from wasmlit.testing import AppTest

    at = AppTest.from_file(
        app_file("""
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3])
        st.pyplot(fig)
    """)
    ).run(timeout=60)
    (image,) = [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "image"]
    import base64

    assert base64.b64decode(image["images"][0]["data"]).startswith(b"\x89PNG")
    assert image["width"] == "stretch"
