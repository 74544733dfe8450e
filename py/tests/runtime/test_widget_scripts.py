"""SessionState records which script (entrypoint or page) drew each widget: on
a page change from a page link only the entrypoint's widgets keep their values."""


def test_session_state_knows_which_script_drew_a_widget():
    from wasmlit.runtime.session_state import SessionState, WidgetMetadata

    state = SessionState()

    def meta(wid: str) -> WidgetMetadata:
        return WidgetMetadata(id=wid, deserializer=lambda v: v, serializer=lambda v: v, value_type="string_value")

    state.register_widget(meta("a"), None, script_hash="main")
    state.register_widget(meta("b"), None, script_hash="page")
    assert state.drawn_by(["a", "b", "c"], "main") == frozenset({"a"})
