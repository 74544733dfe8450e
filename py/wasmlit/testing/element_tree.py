"""The element tree an AppTest run produced, under Streamlit's testing names.

The tree is built from the worker -> page messages of one run (the ``delta``
messages after its last ``runStarted``), the way the page builds its DOM:
path[0] is the root (0 main, 1 sidebar, 2 events), a block at path P holds
its children at P + (i,), a node put again at the same path replaces the
old one (a block keeps its children).

Element classes and their public attributes follow
``streamlit.testing.v1.element_tree``: ``Title``, ``Markdown``, ``Button``,
``NumberInput``, ``Slider`` ... with ``.value``, ``.label``, ``.key``,
``.help``, ``.form_id``, ``.disabled``, ``.options``, ``.min``/``.max``/
``.step`` and the interactions (``set_value``, ``click``, ``check``,
``increment``, ``select``, ``input``, ``set_range`` ...), which record a value
for the next run and return the element, so they chain with ``.run()``.
There is no ``.proto``: other node props are reachable under their
snake_case names (``.max_chars`` reads the ``maxChars`` prop).
"""

from __future__ import annotations

import builtins
import re
import textwrap
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterator, Self, Sequence, TypeVar, overload

from wasmlit import protocol
from wasmlit.testing.errors import AppTestError

if TYPE_CHECKING:
    from wasmlit.testing.app_test import AppTest

MAIN, SIDEBAR, EVENT = protocol.MAIN_ROOT, protocol.SIDEBAR_ROOT, protocol.EVENT_ROOT

# Streamlit's SliderProto.DataType numbers, which its Slider.data_type reports.
SLIDER_DATA_TYPES: dict[str | None, int] = {"int": 0, "float": 1, "datetime": 2, "date": 3, "time": 4}

# The icon Streamlit gives st.status in each state.
STATUS_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


class InitialValue:
    """Marks a widget that has no value of its own set by the test."""

    def __repr__(self) -> str:
        return "InitialValue()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InitialValue)

    __hash__ = object.__hash__


def _unset(value: Any) -> bool:
    return isinstance(value, InitialValue)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _str(value: Any) -> str:
    """A text prop as Streamlit's protos give it: "" when unset."""
    return "" if value is None else str(value)


# --------------------------------------------------------------------------- elements


class Element:
    """One element of the tree (not a block)."""

    type: str
    key: str | None

    def __init__(self, props: dict[str, Any], root: "ElementTree", type_: str) -> None:
        self._props = props
        self.root = root
        self.type = type_
        self.key = props.get("key")

    # Streamlit reads any other attribute from the element's proto; here
    # from its props, by snake_case name.
    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("set_value", "click"):

            def unsupported(*_args: Any, **_kwargs: Any) -> None:
                key_part = f" (key={self.key!r})" if self.key else ""
                raise AppTestError(
                    f"{name}() is not supported for {self.type}{key_part}. AppTest can inspect "
                    "this element but does not implement interactions for it. Set its value "
                    "through at.session_state if it has a key, or use a Playwright e2e test."
                )

            return unsupported
        props = self.__dict__.get("_props", {})
        for candidate in (_camel(name), name):
            if candidate in props:
                return props[candidate]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __iter__(self) -> Iterator["Element"]:
        yield self

    @property
    def value(self) -> Any:
        props = self._props
        for name in ("value", "body", "label"):
            if name in props:
                return props[name]
        return None

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Runs the app with the values set on this element's tree."""
        return self.root.run(timeout=timeout)

    def _repr_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if self.key:
            fields["key"] = self.key
        for name in ("label", "tag", "language", "icon"):
            try:
                value = getattr(self, name)
            except (AttributeError, AppTestError):
                continue
            if isinstance(value, str) and value:
                fields[name] = value
        try:
            fields["value"] = self.value
        except builtins.Exception:  # noqa: BLE001 - a repr must not fail
            pass
        return fields

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._repr_fields().items())
        return f"{type(self).__name__}({inner})"


class UnknownElement(Element):
    """An element type the testing API has no class for (``empty``, ``spinner`` ...)."""

    @property
    def value(self) -> Any:
        # One with a widget id (a chart with on_select) reads its state, as in Streamlit.
        widget_id = self._props.get("id")
        if isinstance(widget_id, str):
            try:
                return self.root._state_value(widget_id)
            except KeyError:
                pass
        return super().value


# Charts that are unknown elements to Streamlit's AppTest too, even with
# on_select (their value is then the selection state): wire type -> type name.
CHART_TYPES = {
    "plotlyChart": "plotly_chart",
    "echartsChart": "echarts_chart",
    "deckGlJsonChart": "deck_gl_json_chart",
    "graphvizChart": "graphviz_chart",
}


class Widget(Element):
    """An element with a value kept in session state."""

    id: str
    disabled: bool
    # Whether a run sends the widget's current value when the test set none
    # (value widgets, like the page); triggers and widget types this module
    # does not know are sent only when the test set a value.
    _sends_current_value = True

    def __init__(self, props: dict[str, Any], root: "ElementTree", type_: str) -> None:
        super().__init__(props, root, type_)
        self.id = props["id"]
        self.disabled = bool(props.get("disabled"))
        self._value: Any = InitialValue()
        self._wire: Any = InitialValue()

    @property
    def label(self) -> str:
        return _str(self._props.get("label"))

    @property
    def help(self) -> str:
        return _str(self._props.get("help"))

    @property
    def form_id(self) -> str:
        return _str(self._props.get("formId"))

    @property
    def label_visibility(self) -> str:
        return _str(self._props.get("labelVisibility"))

    def _assert_can_interact(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def set_value(self, v: Any) -> Self:
        """Sets the value the widget sends with the next run."""
        self._assert_can_interact()
        self._value = v
        self._wire = InitialValue()
        return self

    @property
    def value(self) -> Any:
        if not _unset(self._value):
            return self._value
        return self.root._state_value(self.id)

    def _has_pending_value(self) -> bool:
        return not _unset(self._value)

    def _pending_wire_value(self) -> Any:
        if not _unset(self._wire):
            return self._wire
        return self.root._to_wire(self.id, self._value)


class WidgetWithOptions(Widget):
    @property
    def options(self) -> list[str]:
        return list(self._props.get("options") or [])

    @property
    def format_func(self) -> Callable[[Any], Any]:
        """The option -> label function of the widget (through the runtime's serializer)."""
        return lambda option: self.root._to_wire(self.id, option)

    @property
    def index(self) -> int | None:
        value = self.value
        if value is None:
            return None
        if not self.options:
            return 0
        if not _unset(self._wire):
            return self.options.index(self._wire)
        return self.options.index(self.format_func(value))

    def select(self, v: Any) -> Self:
        """Selects the option ``v`` (an option object, as the script passed it)."""
        return self.set_value(v)

    def select_index(self, index: int | None) -> Self:
        """Selects the option at ``index`` (None: no selection)."""
        if index is None:
            return self.set_value(None)
        label = self.options[index]
        self.set_value(label)
        self._wire = label
        return self


# -- text and display ---------------------------------------------------------


class HeadingBase(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def tag(self) -> str:
        return _str(self._props.get("tag"))

    @property
    def anchor(self) -> str | None:
        anchor = self._props.get("anchor")
        return anchor if isinstance(anchor, str) else None

    @property
    def hide_anchor(self) -> bool:
        return self._props.get("anchor") is False

    @property
    def help(self) -> str:
        return _str(self._props.get("help"))

    @property
    def divider(self) -> str:
        return _str(self._props.get("divider"))


class Title(HeadingBase):
    pass


class Header(HeadingBase):
    pass


class Subheader(HeadingBase):
    pass


class Markdown(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def allow_html(self) -> bool:
        return bool(self._props.get("unsafeAllowHtml"))

    @property
    def is_caption(self) -> bool:
        return bool(self._props.get("isCaption"))

    @property
    def help(self) -> str:
        return _str(self._props.get("help"))


class Caption(Markdown):
    pass


class Divider(Markdown):
    pass


class Text(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def help(self) -> str:
        return _str(self._props.get("help"))


class Code(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def language(self) -> str:
        return _str(self._props.get("language"))

    @property
    def show_line_numbers(self) -> bool:
        return bool(self._props.get("lineNumbers"))

    @property
    def wrap_lines(self) -> bool:
        return bool(self._props.get("wrapLines"))


class Json(Element):
    @property
    def value(self) -> str:
        """The JSON text shown."""
        return _str(self._props.get("body"))

    @property
    def expanded(self) -> bool:
        """False only for expanded=False (a depth given as a number is expanded)."""
        expanded = self._props.get("expanded", True)
        return expanded if isinstance(expanded, bool) else True

    @property
    def max_expand_depth(self) -> int | None:
        """The depth given as ``expanded=N``, else None."""
        expanded = self._props.get("expanded")
        return None if isinstance(expanded, bool) else expanded


class AlertBase(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def icon(self) -> str:
        return _str(self._props.get("icon"))


class Error(AlertBase):
    pass


class Warning(AlertBase):  # noqa: A001 - Streamlit's name
    pass


class Info(AlertBase):
    pass


class Success(AlertBase):
    pass


class Exception(Element):  # noqa: A001 - Streamlit's name
    """An exception shown in the app (st.exception, or an uncaught one)."""

    @property
    def message(self) -> str:
        return _str(self._props.get("message"))

    @property
    def value(self) -> str:
        return self.message

    @property
    def is_markdown(self) -> bool:
        return bool(self._props.get("messageIsMarkdown"))

    @property
    def stack_trace(self) -> list[str]:
        return list(self._props.get("stackTrace") or [])

    @property
    def is_warning(self) -> bool:
        return bool(self._props.get("isWarning"))


class Progress(Element):
    @property
    def value(self) -> int:
        return int(self._props.get("value") or 0)

    @property
    def text(self) -> str:
        return _str(self._props.get("text"))


class Toast(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def icon(self) -> str:
        return _str(self._props.get("icon"))


# -- widgets ------------------------------------------------------------------


class Button(Widget):
    """st.button and st.form_submit_button: a click is a one-shot trigger."""

    _sends_current_value = False

    def __init__(self, props: dict[str, Any], root: "ElementTree", type_: str) -> None:
        super().__init__(props, root, type_)
        self._value = False

    @property
    def value(self) -> bool:
        """True when set to be clicked in the next run, else what the button
        returned in the last run."""
        if self._value:
            return True
        return bool(self.root._returned.get(self.id, False))

    @property
    def icon(self) -> str:
        return _str(self._props.get("icon"))

    def _has_pending_value(self) -> bool:
        return bool(self._value)

    def set_value(self, v: bool) -> "Button":
        return super().set_value(bool(v))

    def click(self) -> "Button":
        """Clicks the button in the next run (and only in that run)."""
        return self.set_value(True)


class _BoolWidget(Widget):
    @property
    def value(self) -> bool:
        return bool(super().value)

    def set_value(self, v: bool) -> Any:
        return super().set_value(v)

    def check(self) -> Any:
        return self.set_value(True)

    def uncheck(self) -> Any:
        return self.set_value(False)


class Checkbox(_BoolWidget):
    """st.checkbox."""


class Toggle(_BoolWidget):
    """st.toggle."""


class _TextWidget(Widget):
    @property
    def max_chars(self) -> int:
        return int(self._props.get("maxChars") or 0)

    @property
    def placeholder(self) -> str:
        return _str(self._props.get("placeholder"))

    def set_value(self, v: str | None) -> Any:
        return super().set_value(v)

    def input(self, v: str) -> Any:
        """Types ``v`` into the field (ignored, as in a browser, when it is
        longer than ``max_chars``)."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextInput(_TextWidget):
    """st.text_input."""

    @property
    def autocomplete(self) -> str:
        return _str(self._props.get("autocomplete"))


class TextArea(_TextWidget):
    """st.text_area."""


class NumberInput(Widget):
    @property
    def min(self) -> int | float | None:
        return self._props.get("min")

    @property
    def max(self) -> int | float | None:
        return self._props.get("max")

    @property
    def step(self) -> int | float:
        step: int | float = self._props["step"]  # NumberInputProps.step is required
        return step

    @property
    def format(self) -> str:
        return _str(self._props.get("format"))

    @property
    def placeholder(self) -> str:
        return _str(self._props.get("placeholder"))

    def set_value(self, v: int | float | None) -> "NumberInput":
        return super().set_value(v)

    def increment(self) -> "NumberInput":
        """One step up (not past ``max``), as the + button does."""
        if self.value is None:
            return self
        upper = self.max if self.max is not None else float("inf")
        return self.set_value(min(self.value + self.step, upper))

    def decrement(self) -> "NumberInput":
        """One step down (not past ``min``), as the - button does."""
        if self.value is None:
            return self
        lower = self.min if self.min is not None else float("-inf")
        return self.set_value(max(self.value - self.step, lower))


class Slider(Widget):
    """st.slider. ``min``/``max``/``step`` are in the slider's wire units, as
    in Streamlit (numbers; microseconds for date/time sliders)."""

    @property
    def min(self) -> Any:
        return self._props.get("min")

    @property
    def max(self) -> Any:
        return self._props.get("max")

    @property
    def step(self) -> Any:
        return self._props.get("step")

    @property
    def format(self) -> str:
        return _str(self._props.get("format"))

    @property
    def data_type(self) -> int:
        """Streamlit's SliderProto.DataType number: 0 int, 1 float, 2 datetime, 3 date, 4 time."""
        return SLIDER_DATA_TYPES.get(self._props.get("dataType"), 0)

    def set_value(self, v: Any) -> "Slider":
        return super().set_value(v)

    def set_range(self, lower: Any, upper: Any) -> "Slider":
        """Sets both ends of a range slider."""
        return self.set_value([lower, upper])


class Selectbox(WidgetWithOptions):
    @property
    def placeholder(self) -> str:
        return _str(self._props.get("placeholder"))

    def set_value(self, v: Any) -> "Selectbox":
        return super().set_value(v)


class Radio(WidgetWithOptions):
    @property
    def horizontal(self) -> bool:
        return bool(self._props.get("horizontal"))

    @property
    def captions(self) -> list[str]:
        return list(self._props.get("captions") or [])

    def set_value(self, v: Any) -> "Radio":
        return super().set_value(v)


class TimeInput(Widget):
    @property
    def step(self) -> int:
        """Seconds."""
        return int(self._props.get("step") or 900)

    @property
    def value(self) -> time | None:
        if not _unset(self._value):
            v = self._value
            return v.time() if isinstance(v, datetime) else v
        return self.root._state_value(self.id)

    def set_value(self, v: time | datetime | None) -> "TimeInput":
        return super().set_value(v)

    def increment(self) -> "TimeInput":
        if self.value is None:
            return self
        moved = datetime.combine(date.today(), self.value) + timedelta(seconds=self.step)
        return self.set_value(moved.time())

    def decrement(self) -> "TimeInput":
        if self.value is None:
            return self
        moved = datetime.combine(date.today(), self.value) - timedelta(seconds=self.step)
        return self.set_value(moved.time())


class UnknownWidget(Widget):
    """A widget type this module has no class for: its value, and
    ``set_value`` (converted to the page's form by the widget's serializer)."""

    _sends_current_value = False


class DownloadButton(Button):
    """st.download_button: a click is a one-shot trigger."""


class ChatInput(Widget):
    """st.chat_input: ``set_value(text)`` submits ``text`` in the next run only."""

    _sends_current_value = False

    @property
    def placeholder(self) -> str:
        return _str(self._props.get("placeholder"))

    @property
    def max_chars(self) -> int:
        return int(self._props.get("maxChars") or 0)

    @property
    def value(self) -> str | None:
        """The text set for the next run, else what the widget returned in the last run."""
        if not _unset(self._value):
            return self._value
        return self.root._returned.get(self.id)

    def set_value(self, v: str | None) -> "ChatInput":
        return super().set_value(v)


class FileUploader(Widget):
    """st.file_uploader: its value can be read; uploading from AppTest is not supported yet."""

    _sends_current_value = False

    def set_value(self, v: Any) -> "FileUploader":
        raise AppTestError(
            "set_value() is not supported for file_uploader in wasmlit's AppTest yet: "
            "use a browser test (the wasmlit_app fixture and Playwright's set_input_files)."
        )


class ColorPicker(Widget):
    def set_value(self, v: str) -> "ColorPicker":
        return super().set_value(v)

    def pick(self, v: str) -> "ColorPicker":
        """Picks the colour ``v`` ("#rrggbb"; the "#" may be left out)."""
        return self.set_value(v if v.startswith("#") else f"#{v}")


class DateInput(Widget):
    @property
    def min(self) -> date | None:
        return _iso_date(self._props.get("min"))

    @property
    def max(self) -> date | None:
        return _iso_date(self._props.get("max"))

    @property
    def is_range(self) -> bool:
        return bool(self._props.get("isRange"))

    @property
    def value(self) -> Any:
        if not _unset(self._value):
            v = self._value
            if isinstance(v, (list, tuple)):
                return tuple(x.date() if isinstance(x, datetime) else x for x in v)
            return v.date() if isinstance(v, datetime) else v
        return self.root._state_value(self.id)

    def set_value(self, v: Any) -> "DateInput":
        return super().set_value(v)


def _iso_date(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


class _MultiOptionWidget(WidgetWithOptions):
    def _one(self, option: Any) -> Any:
        """A value holding just ``option``."""
        return [option]

    @property
    def format_func(self) -> Callable[[Any], Any]:
        def label(option: Any) -> Any:
            labels = self.root._to_wire(self.id, self._one(option))
            return labels[0] if labels else None

        return label

    @property
    def values(self) -> list[str]:
        """The labels of the selected options."""
        labels = self.root._to_wire(self.id, self.value)
        return list(labels or [])

    @property
    def indices(self) -> list[int]:
        return [self.options.index(label) for label in self.values]

    def select(self, v: Any) -> Any:
        current = list(self.value or [])
        if v in current:
            return self
        return self.set_value([*current, v])

    def unselect(self, v: Any) -> Any:
        current = list(self.value or [])
        if v not in current:
            return self
        return self.set_value([x for x in current if x != v])


class Multiselect(_MultiOptionWidget):
    @property
    def placeholder(self) -> str:
        return _str(self._props.get("placeholder"))

    @property
    def max_selections(self) -> int:
        return int(self._props.get("maxSelections") or 0)


class ButtonGroup(_MultiOptionWidget):
    """st.pills and st.segmented_control."""

    @property
    def _is_single_select(self) -> bool:
        return self._props.get("selectionMode") != "multi"

    @property
    def style(self) -> str:
        return _str(self._props.get("style"))

    def _one(self, option: Any) -> Any:
        return option if self._is_single_select else [option]

    @property
    def formatted_values(self) -> list[str]:
        """The labels of the selected options."""
        return self.values

    def select(self, v: Any) -> "ButtonGroup":
        if self._is_single_select:
            return self.set_value(v)
        return super().select(v)

    def unselect(self, v: Any) -> "ButtonGroup":
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self
        return super().unselect(v)


class Feedback(Widget):
    def set_value(self, v: int | None) -> "Feedback":
        return super().set_value(v)


class SelectSlider(Widget):
    """st.select_slider."""

    @property
    def options(self) -> list[str]:
        return list(self._props.get("options") or [])

    def set_value(self, v: Any) -> "SelectSlider":
        return super().set_value(v)

    def set_range(self, lower: Any, upper: Any) -> "SelectSlider":
        return self.set_value([lower, upper])


class Metric(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))

    @property
    def label(self) -> str:
        return _str(self._props.get("label"))

    @property
    def delta(self) -> str:
        return _str(self._props.get("delta"))

    @property
    def help(self) -> str:
        return _str(self._props.get("help"))


class Html(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("body"))


class LinkButton(Element):
    """st.link_button (a widget only when it has an on_click callback)."""

    @property
    def value(self) -> str:
        return _str(self._props.get("label"))


class PageLink(Element):
    @property
    def value(self) -> str:
        return _str(self._props.get("label"))


# --------------------------------------------------------------------------- lists

Node_co = TypeVar("Node_co", bound="Element | Block", covariant=True)
El_co = TypeVar("El_co", bound=Element, covariant=True)
Bl_co = TypeVar("Bl_co", bound="Block", covariant=True)


class _NodeList(Generic[Node_co]):
    """The elements or blocks of one type: index, slice, iterate, ``len``, or
    look one up by key with ``lst(key="name")``."""

    def __init__(self, els: Sequence[Node_co]) -> None:
        self._list: list[Node_co] = list(els)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, idx: int) -> Node_co: ...

    @overload
    def __getitem__(self, idx: slice) -> Self: ...

    def __getitem__(self, idx: int | slice) -> Any:
        if isinstance(idx, slice):
            return type(self)(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[Node_co]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _NodeList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        return hash(tuple(id(e) for e in self._list))

    def __call__(self, key: str) -> Node_co:
        for element in self._list:
            if getattr(element, "key", None) == key:
                return element
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class ElementList(_NodeList[El_co]):
    """The elements of one type: index, slice, iterate, ``len``, or look one
    up by key with ``lst(key="name")``."""

    @property
    def values(self) -> list[Any]:
        return [e.value for e in self._list]


class WidgetList(ElementList[El_co]):
    pass


class BlockList(_NodeList[Bl_co]):
    """The blocks of one type (as Streamlit's BlockList, no ``values``)."""


# --------------------------------------------------------------------------- blocks


class Block:
    """A container: the main area, the sidebar, st.container, columns, a
    form, an expander or a status. Iterating yields the block itself and
    then everything inside it, in order."""

    type: str

    def __init__(self, props: dict[str, Any] | None, root: "ElementTree", type_: str) -> None:
        self._props = props or {}
        self.root = root
        self.type = type_
        self.children: dict[int, Block | Element] = {}

    @property
    def key(self) -> str | None:
        key = self._props.get("key")
        if key is None and self.type == "form":
            key = self._props.get("formId")
        return key

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator["Block | Element"]:
        yield self
        for index in sorted(self.children):
            yield from self.children[index]

    def __getitem__(self, k: int) -> "Block | Element":
        return self.children[k]

    def run(self, *, timeout: float | None = None) -> "AppTest":
        return self.root.run(timeout=timeout)

    def _descendants(self) -> Iterator["Block | Element"]:
        it = iter(self)
        next(it)
        return it

    def get(self, element_type: str) -> list["Block | Element"]:
        """Everything inside of that type (Streamlit's type names)."""
        blocks = {
            "columns": "columns",
            "column": "columns",
            "container": "container",
            "form": "form",
            "expander": "expander",
            "status": "status",
            "form_submit_button": "form_submit_button",
            "tabs": "tabs",
            "tab": "tabs",
            "chat_message": "chat_message",
            "pills": "pills",
            "segmented_control": "segmented_control",
        }
        if element_type in blocks:
            return list(getattr(self, blocks[element_type]))
        return [e for e in self._descendants() if e.type == element_type]

    def get_by_key(self, key: str) -> "Block | Element":
        matches = [e for e in self._descendants() if getattr(e, "key", None) == key]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise KeyError(key)
        raise AppTestError(
            f"Multiple elements have key {key!r}. Scope the query to a container or use a typed collection."
        )

    # -- element accessors ------------------------------------------------

    def _elements(self, element_type: str) -> list[Any]:
        return [e for e in self._descendants() if e.type == element_type]

    @property
    def button(self) -> WidgetList[Button]:
        return WidgetList(self._elements("button"))

    @property
    def form_submit_button(self) -> WidgetList[Button]:
        return WidgetList([b for b in self._elements("button") if b.form_id])

    @property
    def caption(self) -> ElementList[Caption]:
        return ElementList(self._elements("caption"))

    @property
    def checkbox(self) -> WidgetList[Checkbox]:
        return WidgetList(self._elements("checkbox"))

    @property
    def code(self) -> ElementList[Code]:
        return ElementList(self._elements("code"))

    @property
    def divider(self) -> ElementList[Divider]:
        return ElementList(self._elements("divider"))

    @property
    def error(self) -> ElementList[Error]:
        return ElementList(self._elements("error"))

    @property
    def exception(self) -> ElementList[Exception]:
        return ElementList(self._elements("exception"))

    @property
    def header(self) -> ElementList[Header]:
        return ElementList(self._elements("header"))

    @property
    def info(self) -> ElementList[Info]:
        return ElementList(self._elements("info"))

    @property
    def json(self) -> ElementList[Json]:
        return ElementList(self._elements("json"))

    @property
    def markdown(self) -> ElementList[Markdown]:
        return ElementList(self._elements("markdown"))

    @property
    def number_input(self) -> WidgetList[NumberInput]:
        return WidgetList(self._elements("number_input"))

    @property
    def progress(self) -> ElementList[Progress]:
        return ElementList(self._elements("progress"))

    @property
    def radio(self) -> WidgetList[Radio]:
        return WidgetList(self._elements("radio"))

    @property
    def selectbox(self) -> WidgetList[Selectbox]:
        return WidgetList(self._elements("selectbox"))

    @property
    def slider(self) -> WidgetList[Slider]:
        return WidgetList(self._elements("slider"))

    @property
    def subheader(self) -> ElementList[Subheader]:
        return ElementList(self._elements("subheader"))

    @property
    def success(self) -> ElementList[Success]:
        return ElementList(self._elements("success"))

    @property
    def text(self) -> ElementList[Text]:
        return ElementList(self._elements("text"))

    @property
    def text_area(self) -> WidgetList[TextArea]:
        return WidgetList(self._elements("text_area"))

    @property
    def text_input(self) -> WidgetList[TextInput]:
        return WidgetList(self._elements("text_input"))

    @property
    def time_input(self) -> WidgetList[TimeInput]:
        return WidgetList(self._elements("time_input"))

    @property
    def title(self) -> ElementList[Title]:
        return ElementList(self._elements("title"))

    @property
    def toast(self) -> ElementList[Toast]:
        return ElementList(self._elements("toast"))

    @property
    def toggle(self) -> WidgetList[Toggle]:
        return WidgetList(self._elements("toggle"))

    @property
    def warning(self) -> ElementList[Warning]:
        return ElementList(self._elements("warning"))

    @property
    def multiselect(self) -> WidgetList[Multiselect]:
        return WidgetList(self._elements("multiselect"))

    @property
    def date_input(self) -> WidgetList[DateInput]:
        return WidgetList(self._elements("date_input"))

    @property
    def color_picker(self) -> WidgetList[ColorPicker]:
        return WidgetList(self._elements("color_picker"))

    @property
    def select_slider(self) -> WidgetList[SelectSlider]:
        return WidgetList(self._elements("select_slider"))

    @property
    def button_group(self) -> WidgetList[ButtonGroup]:
        return WidgetList(self._elements("button_group"))

    @property
    def pills(self) -> WidgetList[ButtonGroup]:
        return WidgetList([b for b in self._elements("button_group") if b.style == "pills"])

    @property
    def segmented_control(self) -> WidgetList[ButtonGroup]:
        return WidgetList([b for b in self._elements("button_group") if b.style == "segmented_control"])

    @property
    def feedback(self) -> WidgetList[Feedback]:
        return WidgetList(self._elements("feedback"))

    @property
    def download_button(self) -> WidgetList[DownloadButton]:
        return WidgetList(self._elements("download_button"))

    @property
    def chat_input(self) -> WidgetList[ChatInput]:
        return WidgetList(self._elements("chat_input"))

    @property
    def file_uploader(self) -> WidgetList[FileUploader]:
        return WidgetList(self._elements("file_uploader"))

    @property
    def link_button(self) -> ElementList[LinkButton]:
        return ElementList(self._elements("link_button"))

    @property
    def page_link(self) -> ElementList[PageLink]:
        return ElementList(self._elements("page_link"))

    @property
    def metric(self) -> ElementList[Metric]:
        return ElementList(self._elements("metric"))

    @property
    def html(self) -> ElementList[Html]:
        return ElementList(self._elements("html"))

    @property
    def latex(self) -> ElementList[Markdown]:
        return ElementList(self._elements("latex"))

    @property
    def dataframe(self) -> ElementList[Element]:
        return ElementList(self._elements("dataframe"))

    @property
    def table(self) -> ElementList[Element]:
        return ElementList(self._elements("table"))

    @property
    def camera_input(self) -> WidgetList[Any]:
        return WidgetList(self._elements("camera_input"))

    @property
    def audio_input(self) -> WidgetList[Any]:
        return WidgetList(self._elements("audio_input"))

    @property
    def datetime_input(self) -> WidgetList[Any]:
        return WidgetList(self._elements("date_time_input"))

    @property
    def menu_button(self) -> WidgetList[Any]:
        return WidgetList(self._elements("menu_button"))

    # -- block accessors --------------------------------------------------

    @property
    def tabs(self) -> BlockList["Tab"]:
        return BlockList([e for e in self._descendants() if isinstance(e, Tab)])

    @property
    def chat_message(self) -> BlockList["ChatMessage"]:
        return BlockList([e for e in self._descendants() if isinstance(e, ChatMessage)])

    @property
    def columns(self) -> BlockList["Column"]:
        return BlockList([e for e in self._descendants() if isinstance(e, Column)])

    @property
    def container(self) -> BlockList["Block"]:
        return BlockList(
            [
                e
                for e in self._descendants()
                if isinstance(e, Block)
                and e.type == "flex_container"
                and not any(isinstance(c, Column) for c in e.children.values())
            ]
        )

    @property
    def form(self) -> BlockList["Block"]:
        return BlockList([e for e in self._descendants() if isinstance(e, Block) and e.type == "form"])

    @property
    def expander(self) -> BlockList["Expander"]:
        return BlockList([e for e in self._descendants() if isinstance(e, Expander)])

    @property
    def status(self) -> BlockList["Status"]:
        return BlockList([e for e in self._descendants() if isinstance(e, Status)])

    def _repr_head(self) -> str:
        parts = [f"type={self.type!r}"]
        if self.key:
            parts.append(f"key={self.key!r}")
        return ", ".join(parts)

    def __repr__(self) -> str:
        if not self.children:
            return f"{type(self).__name__}({self._repr_head()})"
        rows = [f"{index}: {self.children[index]!r}" for index in sorted(self.children)]
        body = textwrap.indent(",\n".join(rows), "    ")
        return f"{type(self).__name__}({self._repr_head()}, children={{\n{body}\n}})"


class SpecialBlock(Block):
    """A root: "main", "sidebar" or "event" (toasts)."""


class Column(Block):
    @property
    def weight(self) -> float:
        return float(self._props.get("weight") or 0)

    @property
    def gap(self) -> str | None:
        return self._props.get("gap")


class _Expandable(Block):
    @property
    def label(self) -> str:
        return _str(self._props.get("label"))

    @property
    def icon(self) -> str:
        return _str(self._props.get("icon"))


class Expander(_Expandable):
    """st.expander."""


class Status(_Expandable):
    """st.status."""

    @property
    def state(self) -> str:
        return _str(self._props.get("state"))

    @property
    def icon(self) -> str:
        return STATUS_ICONS.get(self.state, "")


class Tab(Block):
    """One tab of st.tabs."""

    @property
    def label(self) -> str:
        return _str(self._props.get("label"))


class ChatMessage(Block):
    @property
    def name(self) -> str:
        return _str(self._props.get("name"))

    @property
    def avatar(self) -> str:
        return _str(self._props.get("avatar"))


Node = Block | Element


# --------------------------------------------------------------------------- the tree


class ElementTree(Block):
    """The whole app after one run: ``tree[0]`` main, ``tree[1]`` sidebar,
    ``tree[2]`` events (toasts)."""

    def __init__(self) -> None:
        super().__init__({}, self, "root")
        self._runner: AppTest | None = None
        # What each widget returned in the run (read at the moment it was sent).
        self._returned: dict[str, Any] = {}
        self.children = {
            MAIN: SpecialBlock(None, self, "main"),
            SIDEBAR: SpecialBlock(None, self, "sidebar"),
            EVENT: SpecialBlock(None, self, "event"),
        }

    def _root_block(self, root: int) -> Block:
        block = self.children[root]
        assert isinstance(block, Block)  # a root is always a block
        return block

    @property
    def main(self) -> Block:
        return self._root_block(MAIN)

    @property
    def sidebar(self) -> Block:
        return self._root_block(SIDEBAR)

    # -- what the runner answers ------------------------------------------

    def _state_value(self, widget_id: str) -> Any:
        assert self._runner is not None, "this tree belongs to no AppTest"
        try:
            return self._runner._widget_value(widget_id)
        except KeyError:
            if widget_id in self._returned:
                return self._returned[widget_id]
            raise

    def _to_wire(self, widget_id: str, value: Any) -> Any:
        assert self._runner is not None, "this tree belongs to no AppTest"
        return self._runner._to_wire(widget_id, value)

    # -- the next run -----------------------------------------------------

    def _widgets(self) -> list[Widget]:
        return [e for e in self if isinstance(e, Widget)]

    def _form_clears(self) -> dict[str, bool]:
        return {
            b._props.get("formId", ""): bool(b._props.get("clearOnSubmit"))
            for b in self
            if isinstance(b, Block) and b.type == "form"
        }

    def _submitted_forms(self, widgets: list[Widget]) -> set[str]:
        return {w.form_id for w in widgets if isinstance(w, Button) and w._value and w.form_id}

    def get_widget_states(self) -> dict[str, Any]:
        """The widget values the next run receives, in the page's wire form:
        every widget's current value, a test's pending value instead where one
        was set, except in forms whose submit button is not clicked (they keep
        their submitted values), and a clicked button's ``True``."""
        runner = self._runner
        assert runner is not None, "this tree belongs to no AppTest"
        widgets = self._widgets()
        submitted = self._submitted_forms(widgets)
        clears = self._form_clears()
        states: dict[str, Any] = {}
        for widget in widgets:
            form_id = widget.form_id
            if isinstance(widget, Button):
                if widget._value:
                    states[widget.id] = True
                continue
            if (
                form_id
                and form_id in submitted
                and form_id in runner._cleared_form_ids
                and clears.get(form_id)
                and not widget._has_pending_value()
            ):
                # A clear_on_submit form shows its defaults again after a
                # submit; submitting it again sends them.
                states[widget.id] = widget._props.get("default")
                continue
            if widget._has_pending_value() and (not form_id or form_id in submitted):
                states[widget.id] = widget._pending_wire_value()
                continue
            if not widget._sends_current_value:
                continue
            try:
                current = self._state_value(widget.id)
            except KeyError:
                continue
            states[widget.id] = self._to_wire(widget.id, current)
        return states

    def run(self, *, timeout: float | None = None) -> "AppTest":
        runner = self._runner
        assert runner is not None, "this tree belongs to no AppTest"
        submitted = self._submitted_forms(self._widgets())
        clears = self._form_clears()
        states = self.get_widget_states()
        result = runner._run(states, timeout=timeout)
        for form_id in submitted:
            if clears.get(form_id):
                runner._cleared_form_ids.add(form_id)
            else:
                runner._cleared_form_ids.discard(form_id)
        return result

    def __repr__(self) -> str:
        rows = [f"{index}: {self.children[index]!r}" for index in sorted(self.children)]
        return "{\n" + textwrap.indent(",\n".join(rows), "    ") + "\n}"


# --------------------------------------------------------------------------- building


def _element(node: dict[str, Any], root: ElementTree) -> Element:
    kind = node["type"]
    props = node.get("props") or {}
    if kind == "heading":
        headings: dict[Any, tuple[type[Element], str]] = {
            "h1": (Title, "title"),
            "h2": (Header, "header"),
            "h3": (Subheader, "subheader"),
        }
        heading_cls, name = headings.get(props.get("tag"), (UnknownElement, "heading"))
        return heading_cls(props, root, name)
    # The command that made the node (protocol.ElementNode.command); elements
    # replayed from an st.cache_data result have none, so props.kind remains.
    command = node.get("command") or props.get("kind")
    if kind == "markdown":
        if props.get("isCaption"):
            return Caption(props, root, "caption")
        if command == "divider":
            return Divider(props, root, "divider")
        if command == "latex":
            return Markdown(props, root, "latex")
        return Markdown(props, root, "markdown")
    if kind == "slider" and props.get("options"):
        return SelectSlider(props, root, "select_slider")
    if kind == "alert":
        fmt = _str(props.get("format"))
        alert_cls = {"error": Error, "warning": Warning, "info": Info, "success": Success}.get(fmt)
        return alert_cls(props, root, fmt) if alert_cls is not None else UnknownElement(props, root, "alert")
    if kind == "checkbox":
        if props.get("style") == "toggle":
            return Toggle(props, root, "toggle")
        return Checkbox(props, root, "checkbox")
    simple = {
        "text": (Text, "text"),
        "code": (Code, "code"),
        "json": (Json, "json"),
        "exception": (Exception, "exception"),
        "progress": (Progress, "progress"),
        "toast": (Toast, "toast"),
        "button": (Button, "button"),
        "textInput": (TextInput, "text_input"),
        "textArea": (TextArea, "text_area"),
        "numberInput": (NumberInput, "number_input"),
        "slider": (Slider, "slider"),
        "selectbox": (Selectbox, "selectbox"),
        "radio": (Radio, "radio"),
        "timeInput": (TimeInput, "time_input"),
        "multiselect": (Multiselect, "multiselect"),
        "dateInput": (DateInput, "date_input"),
        "colorPicker": (ColorPicker, "color_picker"),
        "buttonGroup": (ButtonGroup, "button_group"),
        "feedback": (Feedback, "feedback"),
        "downloadButton": (DownloadButton, "download_button"),
        "chatInput": (ChatInput, "chat_input"),
        "fileUploader": (FileUploader, "file_uploader"),
        "metric": (Metric, "metric"),
        "html": (Html, "html"),
        "pageLink": (PageLink, "page_link"),
    }
    widget = isinstance(props.get("id"), str)
    if kind in _INPUT_WIDGETS and widget:
        from wasmlit.testing import input_widgets

        cls_name, name = _INPUT_WIDGETS[kind]
        return getattr(input_widgets, cls_name)(props, root, name)
    if kind == "pdf":
        # Streamlit 1.67 draws st.pdf with a components.v2 component.
        return UnknownElement(props, root, "bidi_component")
    if kind in simple:
        simple_cls, name = simple[kind]
        if issubclass(simple_cls, Widget) and not widget:
            return UnknownElement(props, root, name)
        return simple_cls(props, root, name)
    if kind == "linkButton":
        return (UnknownWidget if widget else LinkButton)(props, root, "link_button")
    if kind == "help":
        return UnknownElement(props, root, "help_info")
    if kind in CHART_TYPES:
        return UnknownElement(props, root, CHART_TYPES[kind])
    return (UnknownWidget if widget else UnknownElement)(props, root, _snake(kind))


# Widget node type -> (class in wasmlit.testing.input_widgets, Streamlit's type name).
_INPUT_WIDGETS = {
    "cameraInput": ("CameraInput", "camera_input"),
    "audioInput": ("AudioInput", "audio_input"),
    "dateTimeInput": ("DateTimeInput", "date_time_input"),
    "menuButton": ("MenuButton", "menu_button"),
}


def _block(node: dict[str, Any], root: ElementTree) -> Block:
    kind = node["type"]
    props = node.get("props") or {}
    if kind in ("vertical", "horizontal"):
        return Block(props, root, "flex_container")
    if kind == "column":
        return Column(props, root, "column")
    if kind == "form":
        return Block(props, root, "form")
    if kind == "expander":
        if props.get("state"):
            return Status(props, root, "status")
        return Expander(props, root, "expander")
    if kind == "tabs":
        return Block(props, root, "tab_container")
    if kind == "tab":
        return Tab(props, root, "tab")
    if kind == "chatMessage":
        return ChatMessage(props, root, "chat_message")
    return Block(props, root, _snake(kind))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def tree_from_messages(messages: Sequence[dict[str, Any]], returned: dict[str, Any] | None = None) -> ElementTree:
    """The tree shown after the last run in ``messages`` (worker -> page
    messages, in their JSON form)."""
    starts = [i for i, m in enumerate(messages) if m.get("type") == protocol.RUN_STARTED]
    run_messages = messages[starts[-1] + 1 :] if starts else messages
    root = ElementTree()
    root._returned = dict(returned or {})
    for message in run_messages:
        if message.get("type") != protocol.DELTA:
            continue
        path = list(message["path"])
        node = message["node"]
        parent: Block = root
        for index in path[:-1]:
            child = parent.children.get(index)
            if not isinstance(child, Block):
                # Also the bottom root (3, a top-level st.chat_input), as in Streamlit.
                child = Block(None, root, "unknown")
                parent.children[index] = child
            parent = child
        index = path[-1]
        old = parent.children.get(index)
        new: Block | Element
        if node.get("kind") == "block":
            new_block = _block(node, root)
            if isinstance(old, Block):
                new_block.children = old.children
            new = new_block
        else:
            if node.get("type") == "empty" and isinstance(old, UnknownElement) and old.type == "spinner":
                # A spinner leaves no trace once its block is done (in
                # Streamlit it is a transient element, not in the tree).
                del parent.children[index]
                continue
            new = _element(node, root)
        parent.children[index] = new
    return root
