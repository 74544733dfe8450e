"""AppTest: run a wasmlit app in plain CPython and inspect / drive it, with
the API of ``streamlit.testing.v1.AppTest``.

An AppTest owns one :class:`~wasmlit.runtime.app_session.AppSession` -- the
same session object the browser's worker drives -- and plays the page's part:
each ``run()`` sends the widget values of the current element tree (with the
values the test set, a clicked button's one-shot ``True``, form values only
when the form's submit button is clicked) to ``AppSession.handle_rerun`` and
builds the new element tree from the messages the runtime emits. Runs are
synchronous, in the calling thread.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from collections.abc import Mapping
from typing import Any, Callable, ItemsView, Iterator, KeysView, Sequence, ValuesView

from wasmlit import protocol
from wasmlit.alias import ALIASES
from wasmlit.runtime.app_session import AppSession, to_json_text
from wasmlit.runtime.query_params import encode_query_params, parse_query_string
from wasmlit.runtime.rerun_data import RerunData
from wasmlit.runtime.secrets import secrets_singleton
from wasmlit.runtime.context import set_script_run_ctx
from wasmlit.runtime.execution_control import ExecutionControl
from wasmlit.runtime.session_state import SessionState
from wasmlit.testing import element_tree as et

_TMP_DIR: tempfile.TemporaryDirectory[str] | None = None

# The AppTest whose script is running (from_function scripts read their
# arguments from it).
_running: "AppTest | None" = None


def _tmp_dir() -> Path:
    global _TMP_DIR
    if _TMP_DIR is None:
        _TMP_DIR = tempfile.TemporaryDirectory(prefix="wasmlit-apptest-")
    return Path(_TMP_DIR.name)


def _function_arguments() -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Called by a from_function script: the args and kwargs to call it with."""
    app = _running
    if app is None:
        return (), {}
    return tuple(app.args or ()), dict(app.kwargs or {})


class _AppTestSessionState:
    """``at.session_state``: the app session's st.session_state, readable and
    writable between runs (what is written is seen by the next run)."""

    def __init__(self, state: SessionState) -> None:
        object.__setattr__(self, "_state", state)

    def _filtered(self) -> dict[str, Any]:
        return self._state.filtered_state()

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self._state[key]
        except KeyError:
            return default

    def keys(self) -> KeysView[str]:
        return self._filtered().keys()

    def items(self) -> ItemsView[str, Any]:
        return self._filtered().items()

    def values(self) -> ValuesView[Any]:
        return self._filtered().values()

    def to_dict(self) -> dict[str, Any]:
        return self._filtered()

    def __iter__(self) -> Iterator[str]:
        return iter(self._filtered())

    def __len__(self) -> int:
        return len(self._filtered())

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __contains__(self, key: object) -> bool:
        return key in self._filtered()

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __repr__(self) -> str:
        return repr(self._filtered())


class AppTest:
    """A simulated run of a wasmlit app, for tests.

    Create one with :meth:`from_file`, :meth:`from_string` or
    :meth:`from_function`, then call :meth:`run`. Elements are found through
    the accessors (``at.button``, ``at.text_input(key="name")``, ``at.main``,
    ``at.sidebar`` ...); widget interactions (``at.button[0].click()``) take
    effect at the next ``run()``.

    ``query_params`` is the URL's query (``{"x": "1"}``, a list for a repeated
    key): each run starts from it, and after a run it holds what the script
    left in ``st.query_params``. ``switch_page("pages/p.py")`` makes the next
    run open that page. ``secrets``, when not empty, is what the script sees
    as ``st.secrets`` (instead of the secrets.toml files), as in Streamlit.
    """

    def __init__(
        self,
        script_path: str | Path,
        *,
        default_timeout: float,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self.query_params: dict[str, Any] = {}
        self.secrets: dict[str, Any] = {}
        self._deadline: float | None = None
        self._timed_out = False
        self._messages: list[dict[str, Any]] = []
        self._returned: dict[str, Any] = {}
        self._cleared_form_ids: set[str] = set()
        self._page_hash = ""
        control = ExecutionControl(poll=self._poll)
        self._session = AppSession(self._script_path, self._receive, None, control)
        self._session.runner.pages_manager.client_sends_page_hash = False
        self.session_state = _AppTestSessionState(self._session.session_state)
        tree = et.ElementTree()
        tree._runner = self
        self._tree = tree

    # -- constructors -----------------------------------------------------

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        """An AppTest of the script in ``script`` (dedented)."""
        return cls._from_string(script, default_timeout=default_timeout)

    @classmethod
    def _from_string(
        cls,
        script: str,
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> "AppTest":
        source = textwrap.dedent(script)
        name = hashlib.md5(source.encode("utf-8"), usedforsecurity=False).hexdigest()
        folder = _tmp_dir() / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "app.py"
        path.write_text(source, encoding="utf-8")
        return cls(path, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> "AppTest":
        """An AppTest whose script is the source of ``script``, followed by a
        call of it with ``args`` and ``kwargs`` (as Streamlit does: the function
        must import what it uses itself)."""
        source_lines, _ = inspect.getsourcelines(script)
        source = textwrap.dedent("".join(source_lines))
        name = getattr(script, "__name__", "script")
        module = (
            source
            + "\nfrom wasmlit.testing.app_test import _function_arguments as __wasmlit_function_arguments"
            + "\n__args, __kwargs = __wasmlit_function_arguments()"
            + f"\n{name}(*__args, **__kwargs)\n"
        )
        return cls._from_string(module, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> "AppTest":
        """An AppTest of the script at ``script_path``; a relative path is
        resolved against the folder of the file that calls this."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(sys._getframe(1).f_code.co_filename)
            path = caller.parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are "
                "resolved against the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout)

    # -- running ----------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Runs the script (with the values set on the current tree's
        widgets) and returns this AppTest. Raises RuntimeError when the run
        takes longer than ``timeout`` seconds (default: ``default_timeout``)."""
        return self._tree.run(timeout=timeout)

    def _poll(self) -> str | None:
        if self._deadline is not None and time.monotonic() > self._deadline:
            self._timed_out = True
            return "stop"
        return None

    def _receive(self, message: Mapping[str, Any]) -> None:
        if message.get("type") == "delta":
            props = message.get("node", {}).get("props") or {}
            widget_id = props.get("id")
            if isinstance(widget_id, str):
                # What the widget call returned this run (e.g. a button's click).
                try:
                    self._returned[widget_id] = self._session.session_state[widget_id]
                except Exception:  # noqa: BLE001 - best effort
                    pass
        # Through JSON, as the worker sends it: tests see the page's values.
        self._messages.append(json.loads(to_json_text(message)))

    def _run(self, widget_states: dict[str, Any] | None, timeout: float | None = None) -> "AppTest":
        global _running
        if timeout is None:
            timeout = self.default_timeout
        self._messages = []
        self._returned = {}
        self._timed_out = False
        saved_modules = {name: sys.modules.get(name) for name in ("__main__", *ALIASES)}
        saved_sleep = time.sleep
        previous_running = _running
        _running = self
        started = time.monotonic()
        self._deadline = started + timeout
        try:
            secrets_singleton.use_given(self.secrets)
            manager = self._session.runner.pages_manager
            status = self._session.handle_rerun(
                RerunData(
                    widgets=dict(widget_states or {}),
                    page_script_hash=self._page_hash or manager.current_page_hash,
                    query_string=encode_query_params(self.query_params),
                )
            )
            self._page_hash = ""
            # As Streamlit's AppTest: the query string as the page would have it.
            self.query_params = dict(parse_query_string(self._session.runner.ctx.query_params.page_query_string))
        finally:
            elapsed = time.monotonic() - started
            secrets_singleton.use_given(None)
            self._deadline = None
            _running = previous_running
            set_script_run_ctx(None)
            time.sleep = saved_sleep
            for name, module in saved_modules.items():
                if module is None:
                    sys.modules.pop(name, None)
                else:
                    sys.modules[name] = module
        if status == "kept" and getattr(self, "_tree", None) is not None:
            # The run ended in a callback before the script drew anything: the page keeps its elements.
            tree = self._tree
        else:
            tree = et.tree_from_messages(self._messages, self._returned)
        tree._runner = self
        self._tree = tree
        if self._timed_out or elapsed > timeout:
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        if status == protocol.RUN_STOPPED:
            # The runner ends a run on KeyboardInterrupt (the page's Stop, in
            # the browser); here it is the user's Ctrl-C: pass it on.
            raise KeyboardInterrupt
        return self

    def switch_page(self, page_path: str) -> "AppTest":
        """Makes the next run() open the page at ``page_path`` (relative to
        the main script), as a nav link would."""
        main_dir = Path(self._script_path).parent
        target = (main_dir / page_path).resolve()
        if not target.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{self._script_path!r}. Resolved page path: {str(target)!r}."
            )
        manager = self._session.runner.pages_manager
        found = manager.find_by_script(str(target))
        if found is None and manager.pages:
            known = [page.script_path or page.url_path for page in manager.pages.values()]
            raise ValueError(
                f"Could not find a navigation page for {str(target)!r}. "
                "AppTest.switch_page() matches registered script paths. "
                "If page registration depends on Session State, call "
                "AppTest.run() after updating the state and before switching. "
                f"Known pages: {known}."
            )
        self._page_hash = found.page_script_hash if found is not None else manager.main_script_hash
        return self

    # -- what the tree asks -----------------------------------------------

    def _widget_value(self, widget_id: str) -> Any:
        """The widget's value in session state (KeyError when it has none)."""
        return self._session.session_state[widget_id]

    def _to_wire(self, widget_id: str, value: Any) -> Any:
        """A Python value of the widget in the form the page sends it, through
        the widget's own serializer."""
        try:
            return self._session.session_state.widget_wire_value(widget_id, value)
        except KeyError:
            return value

    def _from_wire(self, widget_id: str, wire: Any) -> Any:
        """The Python value the widget's deserializer makes of a wire value."""
        try:
            meta = self._session.session_state._widget_states.metadata[widget_id]
        except (KeyError, AttributeError):
            return wire
        return meta.deserializer(wire)

    # -- the tree ---------------------------------------------------------

    @property
    def main(self) -> et.Block:
        return self._tree.main

    @property
    def sidebar(self) -> et.Block:
        return self._tree.sidebar

    @property
    def button(self) -> et.WidgetList[et.Button]:
        return self._tree.button

    @property
    def form_submit_button(self) -> et.WidgetList[et.Button]:
        return self._tree.form_submit_button

    @property
    def caption(self) -> et.ElementList[et.Caption]:
        return self._tree.caption

    @property
    def checkbox(self) -> et.WidgetList[et.Checkbox]:
        return self._tree.checkbox

    @property
    def code(self) -> et.ElementList[et.Code]:
        return self._tree.code

    @property
    def columns(self) -> et.BlockList[et.Column]:
        return self._tree.columns

    @property
    def container(self) -> et.BlockList[et.Block]:
        return self._tree.container

    @property
    def divider(self) -> et.ElementList[et.Divider]:
        return self._tree.divider

    @property
    def error(self) -> et.ElementList[et.Error]:
        return self._tree.error

    @property
    def exception(self) -> et.ElementList[et.Exception]:
        return self._tree.exception

    @property
    def expander(self) -> et.BlockList[et.Expander]:
        return self._tree.expander

    @property
    def form(self) -> et.BlockList[et.Block]:
        return self._tree.form

    @property
    def header(self) -> et.ElementList[et.Header]:
        return self._tree.header

    @property
    def info(self) -> et.ElementList[et.Info]:
        return self._tree.info

    @property
    def json(self) -> et.ElementList[et.Json]:
        return self._tree.json

    @property
    def markdown(self) -> et.ElementList[et.Markdown]:
        return self._tree.markdown

    @property
    def number_input(self) -> et.WidgetList[et.NumberInput]:
        return self._tree.number_input

    @property
    def progress(self) -> et.ElementList[et.Progress]:
        return self._tree.progress

    @property
    def radio(self) -> et.WidgetList[et.Radio]:
        return self._tree.radio

    @property
    def selectbox(self) -> et.WidgetList[et.Selectbox]:
        return self._tree.selectbox

    @property
    def slider(self) -> et.WidgetList[et.Slider]:
        return self._tree.slider

    @property
    def status(self) -> et.BlockList[et.Status]:
        return self._tree.status

    @property
    def subheader(self) -> et.ElementList[et.Subheader]:
        return self._tree.subheader

    @property
    def success(self) -> et.ElementList[et.Success]:
        return self._tree.success

    @property
    def text(self) -> et.ElementList[et.Text]:
        return self._tree.text

    @property
    def text_area(self) -> et.WidgetList[et.TextArea]:
        return self._tree.text_area

    @property
    def text_input(self) -> et.WidgetList[et.TextInput]:
        return self._tree.text_input

    @property
    def time_input(self) -> et.WidgetList[et.TimeInput]:
        return self._tree.time_input

    @property
    def title(self) -> et.ElementList[et.Title]:
        return self._tree.title

    @property
    def toast(self) -> et.ElementList[et.Toast]:
        return self._tree.toast

    @property
    def toggle(self) -> et.WidgetList[et.Toggle]:
        return self._tree.toggle

    @property
    def warning(self) -> et.ElementList[et.Warning]:
        return self._tree.warning

    # Widgets and elements added to the runtime later; same as above.
    multiselect = property(lambda self: self._tree.multiselect)
    date_input = property(lambda self: self._tree.date_input)
    color_picker = property(lambda self: self._tree.color_picker)
    select_slider = property(lambda self: self._tree.select_slider)
    button_group = property(lambda self: self._tree.button_group)
    pills = property(lambda self: self._tree.pills)
    segmented_control = property(lambda self: self._tree.segmented_control)
    feedback = property(lambda self: self._tree.feedback)
    download_button = property(lambda self: self._tree.download_button)
    chat_input = property(lambda self: self._tree.chat_input)
    file_uploader = property(lambda self: self._tree.file_uploader)
    link_button = property(lambda self: self._tree.link_button)
    page_link = property(lambda self: self._tree.page_link)
    metric = property(lambda self: self._tree.metric)
    html = property(lambda self: self._tree.html)
    latex = property(lambda self: self._tree.latex)
    dataframe = property(lambda self: self._tree.dataframe)
    table = property(lambda self: self._tree.table)
    tabs = property(lambda self: self._tree.tabs)
    chat_message = property(lambda self: self._tree.chat_message)
    camera_input = property(lambda self: self._tree.camera_input)
    audio_input = property(lambda self: self._tree.audio_input)
    datetime_input = property(lambda self: self._tree.datetime_input)
    menu_button = property(lambda self: self._tree.menu_button)

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[et.Node]:
        yield from self._tree

    def __getitem__(self, idx: int) -> et.Node:
        return self._tree[idx]

    def get(self, element_type: str) -> Sequence[et.Node]:
        """Every node of that type (Streamlit's type names: "text_input", "columns" ...)."""
        return self._tree.get(element_type)

    def get_by_key(self, key: str) -> et.Node:
        return self._tree.get_by_key(key)

    def __repr__(self) -> str:
        return f"AppTest(script_path={self._script_path!r}, tree={self._tree!r})"
