"""Elements that take ``width`` / ``height`` check them as Streamlit 1.67
does (same error, same text), even where the page does not size them yet."""

import pytest

STRETCH_OR_PIXELS = "Width must be either a positive integer (pixels) or 'stretch'."
WITH_CONTENT = "Width must be either a positive integer (pixels), 'stretch', or 'content'."


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.json({'a': 1}, width='content')", f"Invalid width value: 'content'. {STRETCH_OR_PIXELS}"),
        ("st.help(1, width=0)", f"Invalid width value: 0. {STRETCH_OR_PIXELS}"),
        ("st.exception(ValueError('x'), width=-1)", f"Invalid width value: -1. {STRETCH_OR_PIXELS}"),
        ("st.html('<b>x</b>', width='nope')", f"Invalid width value: 'nope'. {WITH_CONTENT}"),
        ("st.latex('x', width=1.5)", f"Invalid width value: 1.5. {WITH_CONTENT}"),
        ("st.chat_message('user', width='nope')", f"Invalid width value: 'nope'. {WITH_CONTENT}"),
        ("st.metric('L', 1, width=0)", f"Invalid width value: 0. {WITH_CONTENT}"),
        (
            "st.metric('L', 1, height='nope')",
            "Invalid height value: 'nope'. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
    ],
)
def test_invalid_width_or_height_raises_as_streamlit(app, call, message):
    a = app(f"""
        import streamlit as st
        try:
            {call}
        except Exception as e:
            st.text(type(e).__name__ + ": " + str(e))
    """)
    kind = "StreamlitInvalidHeightError" if "height=" in call else "StreamlitInvalidWidthError"
    assert a.texts("text") == [f"{kind}: {message}"]


@pytest.mark.parametrize(
    "call",
    ["st.json({'a': 1}, width=300)", "st.html('<b>x</b>', width='content')", "st.metric('L', 1, height='stretch')"],
)
def test_valid_width_or_height_is_accepted(app, call):
    a = app(f"import streamlit as st\n{call}\nst.text('ok')\n")
    assert a.texts("text") == ["ok"]
