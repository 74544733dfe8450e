"""DeltaGenerator: where an API call puts its element.

A DeltaGenerator (DG) is either a *container* (a root such as the main area
or the sidebar, or a block such as a column or form), whose calls append new
children, or a *slot* (what ``st.empty()`` and element calls return), whose
calls replace the one element at its path. ``st.foo`` calls go to the main
DG, which forwards them to the innermost container entered with ``with``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal, TypeVar, overload

from wasmlit import dg_singletons as _dg_singletons
from wasmlit import protocol
from wasmlit.command_names import current_command
from wasmlit.command_qualnames import apply_streamlit_qualnames
from wasmlit.caching import replay as cache_replay
from wasmlit.elements.alerts import AlertMixin
from wasmlit.elements.celebrations import CelebrationMixin
from wasmlit.elements.charts import ChartsMixin
from wasmlit.elements.figure_charts import FigureChartsMixin
from wasmlit.elements.dataframe import DataframeMixin
from wasmlit.widgets.data_editor import DataEditorMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.help import HelpMixin
from wasmlit.elements.html import HtmlMixin
from wasmlit.elements.iframe import IframeMixin
from wasmlit.elements.extras import ExtrasMixin
from wasmlit.elements.image import ImageMixin
from wasmlit.elements.media import MediaMixin
from wasmlit.elements.json_element import JsonMixin
from wasmlit.elements.latex import LatexMixin
from wasmlit.elements.metric import MetricMixin
from wasmlit.elements.popover import PopoverMixin
from wasmlit.elements.pdf import PdfMixin
from wasmlit.elements.progress import ProgressMixin
from wasmlit.elements.skeleton import SkeletonMixin
from wasmlit.elements.tabs import TabsMixin
from wasmlit.elements.text import TextMixin
from wasmlit.elements.write import WriteMixin
from wasmlit.layouts import LayoutMixin
from wasmlit.runtime.context import BOTTOM_ROOT, MAIN_ROOT, SIDEBAR_ROOT, ScriptRunContext, current_or_bare_ctx
from wasmlit.widgets.audio_input import AudioInputMixin
from wasmlit.widgets.button import ButtonMixin
from wasmlit.widgets.camera_input import CameraInputMixin
from wasmlit.elements.chat_message import ChatMessageMixin
from wasmlit.widgets.chat_input import ChatInputMixin
from wasmlit.widgets.download_button import DownloadButtonMixin
from wasmlit.widgets.file_uploader import FileUploaderMixin
from wasmlit.widgets.link_button import LinkButtonMixin
from wasmlit.widgets.menu_button import MenuButtonMixin
from wasmlit.widgets.button_group import ButtonGroupMixin
from wasmlit.widgets.checkbox import CheckboxMixin
from wasmlit.widgets.color_picker import ColorPickerMixin
from wasmlit.widgets.date_input import DateInputMixin
from wasmlit.widgets.datetime_input import DateTimeInputMixin
from wasmlit.widgets.feedback import FeedbackMixin
from wasmlit.widgets.multiselect import MultiselectMixin
from wasmlit.widgets.number_input import NumberInputMixin
from wasmlit.widgets.pagination import PaginationMixin
from wasmlit.widgets.select_slider import SelectSliderMixin
from wasmlit.widgets.selection import SelectionMixin
from wasmlit.widgets.slider import SliderMixin
from wasmlit.widgets.text_input import TextInputMixin
from wasmlit.widgets.time_input import TimeInputMixin

# A block's DeltaGenerator class (st.status's, st.grid's, ...): _block returns one.
_BlockDG = TypeVar("_BlockDG", bound="DeltaGenerator")


class DeltaGenerator(
    TextMixin,
    AlertMixin,
    JsonMixin,
    ExceptionMixin,
    ProgressMixin,
    WriteMixin,
    MetricMixin,
    LatexMixin,
    HtmlMixin,
    IframeMixin,
    ExtrasMixin,
    HelpMixin,
    CelebrationMixin,
    TabsMixin,
    PopoverMixin,
    LayoutMixin,
    ButtonMixin,
    CheckboxMixin,
    TextInputMixin,
    NumberInputMixin,
    SliderMixin,
    SelectionMixin,
    TimeInputMixin,
    FileUploaderMixin,
    DownloadButtonMixin,
    LinkButtonMixin,
    ChatMessageMixin,
    ChatInputMixin,
    MultiselectMixin,
    SelectSliderMixin,
    DateInputMixin,
    ColorPickerMixin,
    ButtonGroupMixin,
    FeedbackMixin,
    PaginationMixin,
    DataframeMixin,
    DataEditorMixin,
    ChartsMixin,
    FigureChartsMixin,
    ImageMixin,
    MediaMixin,
    CameraInputMixin,
    AudioInputMixin,
    DateTimeInputMixin,
    MenuButtonMixin,
    SkeletonMixin,
    PdfMixin,
):
    """Where an API call puts its element: a container (the main area, the sidebar, a column, a
    form, ...) or the slot an element or ``st.empty()`` returned.

    Args:
        root: The root it writes into (main, sidebar, event or bottom).
        path: Its element path (None: the root itself).
        is_slot: A slot replaces the one element at its path.
        form_id: The form its widgets belong to ("": none).
        block_type: The kind of block it is (None: a root or slot).
    """

    def __init__(
        self,
        root: int = MAIN_ROOT,
        path: tuple[int, ...] | None = None,
        *,
        is_slot: bool = False,
        form_id: str = "",
        block_type: str | None = None,
    ) -> None:
        self._root = root
        self._path = path
        self._is_slot = is_slot
        self._form_id = form_id
        self._block_type = block_type
        self._next_child = 0

    def __repr__(self) -> str:
        where = {MAIN_ROOT: "main", SIDEBAR_ROOT: "sidebar", BOTTOM_ROOT: "bottom"}.get(self._root, str(self._root))
        return f"DeltaGenerator({where}, path={self._path}, slot={self._is_slot})"

    # -- where calls go -----------------------------------------------------

    @property
    def _is_root(self) -> bool:
        return self._path is None

    @property
    def _active_dg(self) -> "DeltaGenerator":
        if self._is_root and self._root == MAIN_ROOT:
            ctx = current_or_bare_ctx()
            if ctx.dg_stack:
                return ctx.dg_stack[-1]
        return self

    def _next_path(self, ctx: ScriptRunContext) -> tuple[int, ...]:
        if self._is_slot:
            assert self._path is not None  # a slot is the place of one element
            return self._path
        if self._path is None:
            return (self._root, ctx.next_root_index(self._root))
        index = self._next_child
        self._next_child += 1
        return self._path + (index,)

    def _peek_path(self, ctx: ScriptRunContext) -> tuple[int, ...]:
        """Where this DG's next element would go, without taking the place."""
        if self._is_slot:
            assert self._path is not None  # a slot is the place of one element
            return self._path
        if self._path is None:
            return (self._root, ctx.root_cursors[self._root])
        return self._path + (self._next_child,)

    def _transient(self, element_type: str, props: dict[str, Any]) -> tuple[int, ...]:
        """Shows an element in the next place without taking it (st.spinner):
        the next element put here replaces it. Returns its path."""
        dg = self._active_dg
        ctx = current_or_bare_ctx()
        ctx.control.yield_point()
        path = dg._peek_path(ctx)
        ctx.emit(protocol.delta(ctx.run_id, path, protocol.element_node(element_type, props, current_command())))
        return path

    @property
    def _form(self) -> str:
        """The id of the form this DG writes into ("" if none)."""
        return self._active_dg._form_id

    @property
    def _in_sidebar(self) -> bool:
        return self._active_dg._root == SIDEBAR_ROOT

    def _enqueue(self, element_type: str, props: dict[str, Any], *, command: str | None = None) -> "DeltaGenerator":
        """Send one element; return the slot DG that replaces it. (A ``layout``
        prop travels only when it says something: the element's defaults
        are the page's.) `command`: the Streamlit command that made it
        (default: the public method running now)."""
        if props.get("layout") == {}:
            del props["layout"]
        dg = self._active_dg
        ctx = current_or_bare_ctx()
        ctx.control.yield_point()
        path = dg._next_path(ctx)
        command = command or current_command()
        ctx.emit(protocol.delta(ctx.run_id, path, protocol.element_node(element_type, props, command)))
        slot = DeltaGenerator(dg._root, path, is_slot=True, form_id=dg._form_id)
        cache_replay.save_element(self, dg, element_type, props, slot, command)
        return slot

    @overload
    def _block(
        self,
        block_type: str,
        props: dict[str, Any],
        *,
        form_id: str | None = None,
        dg_class: None = None,
        command: str | None = None,
    ) -> "DeltaGenerator": ...

    @overload
    def _block(
        self,
        block_type: str,
        props: dict[str, Any],
        *,
        form_id: str | None = None,
        dg_class: type[_BlockDG],
        command: str | None = None,
    ) -> _BlockDG: ...

    def _block(
        self,
        block_type: str,
        props: dict[str, Any],
        *,
        form_id: str | None = None,
        dg_class: type["DeltaGenerator"] | None = None,
        command: str | None = None,
    ) -> "DeltaGenerator":
        """Open a block; return the container DG that appends into it."""
        if props.get("layout") == {}:
            del props["layout"]
        dg = self._active_dg
        ctx = current_or_bare_ctx()
        ctx.control.yield_point()
        path = dg._next_path(ctx)
        command = command or current_command()
        ctx.emit(protocol.delta(ctx.run_id, path, protocol.block_node(block_type, props, command)))
        cls = dg_class or DeltaGenerator
        block = cls(
            dg._root,
            path,
            form_id=dg._form_id if form_id is None else form_id,
            block_type=block_type,
        )
        cache_replay.save_block(self, dg, block_type, props, form_id, cls, block, command)
        return block

    # -- `with` -------------------------------------------------------------

    def __enter__(self) -> "DeltaGenerator":
        current_or_bare_ctx().dg_stack.append(self)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        stack = current_or_bare_ctx().dg_stack
        if stack and stack[-1] is self:
            stack.pop()
        return False


apply_streamlit_qualnames(DeltaGenerator)

main_dg = DeltaGenerator(MAIN_ROOT)
sidebar_dg = DeltaGenerator(SIDEBAR_ROOT)
bottom_dg = DeltaGenerator(BOTTOM_ROOT)

_dg_singletons.install(DeltaGenerator, main_dg, sidebar_dg, bottom_dg)
