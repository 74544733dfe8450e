"""st.selectbox and st.radio: one option out of many, sent as its label."""

from __future__ import annotations

from typing import Any, Callable, Literal, Sequence

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import (
    BindOption,
    Key,
    LabelVisibility,
    OnChange,
    PersistState,
    WidgetArgs,
    WidgetKwargs,
    Width,
)
from wasmlit.dg_mixin import as_dg


def options_to_list(options: Any) -> list[Any]:
    if options is None:
        return []
    if isinstance(options, dict):
        return list(options.keys())
    if hasattr(options, "tolist") and callable(options.tolist):
        return list(options.tolist())
    if hasattr(options, "columns") and hasattr(options, "iloc"):
        return list(options.iloc[:, 0])
    return list(options)


def _format(format_func: Callable[[Any], Any], option: Any) -> str:
    return str(format_func(option))


class OptionSerde:
    """The wire holds the chosen option's label (None: none); a label that
    is not an option (a new option the user typed) reads as that text."""

    def __init__(self, options: Sequence[Any], format_func: Callable[[Any], Any], index: int | None, accept_new: bool):
        self.options = options
        self.labels = [_format(format_func, o) for o in options]
        self.index_of = {label: i for i, label in reversed(list(enumerate(self.labels)))}
        self.default_index = index
        self.format_func = format_func
        self.accept_new = accept_new

    @property
    def default(self) -> Any:
        if self.default_index is None or not self.options:
            return None
        return self.options[self.default_index]

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return self.default
        i = self.index_of.get(str(wire))
        return self.options[i] if i is not None else str(wire)

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        try:
            return _format(self.format_func, value)
        except Exception:  # noqa: BLE001 - the user's format_func may fail
            return str(value)

    def resolve(self, value: Any) -> tuple[Any, bool]:
        """The value to use and whether it had to be reset (not an option)."""
        if value is None or self.accept_new:
            return value, False
        label = self.serialize(value)
        if label in self.index_of:
            return self.options[self.index_of[label]], False
        return self.default, True


def _check_index(index: Any, options: list[Any]) -> None:
    if not isinstance(index, int) and index is not None:
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if isinstance(index, bool):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and len(options) > 0 and not 0 <= index < len(options):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(options) - 1)


FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_filter_mode(filter_mode: Any, *, accept_new_options: bool) -> None:
    try:
        valid = filter_mode in FILTER_MODES
    except TypeError:
        valid = False
    if not valid:
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None",
            "accept_new_options=True",
            explanation=(
                "`filter_mode` cannot be `None` when `accept_new_options=True`. "
                "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`."
            ),
        )


class SelectionMixin:
    def selectbox(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: LabelVisibility = "visible",
        icon: str | None = None,
        accept_new_options: bool = False,
        filter_mode: Literal["fuzzy", "contains", "prefix"] | None = "fuzzy",
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A drop-down of options; returns the chosen option (None with index=None until one is chosen).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            format_func: Turns an option into the label shown for it (default: ``str``).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            placeholder: The text shown while it is empty.
            disabled: Shown greyed out and not usable.
            required: The page does not accept an empty value (it shows a message instead).
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            accept_new_options: Whether the user may type an option that is not in the list.
            filter_mode: "fuzzy", "contains" or "prefix": how typing filters the options (None:
                no filtering).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        if placeholder == "":
            placeholder = " "

        def checks() -> None:
            check_filter_mode(filter_mode, accept_new_options=bool(accept_new_options))

        def props() -> dict[str, Any]:
            return {
                "placeholder": "" if placeholder is None else str(placeholder),
                "acceptNewOptions": bool(accept_new_options),
                "filterMode": filter_mode,
                "required": bool(required),
                "icon": validate_icon_or_emoji(icon) or None,
            }

        return self._select_one(
            "selectbox",
            label,
            options,
            index,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            bind,
            persist_state,
            extra_id={
                "placeholder": placeholder,
                "accept_new_options": accept_new_options,
                "filter_mode": filter_mode,
                "width": width,
                "required": required,
                "icon": icon,
            },
            key_identity={"accept_new_options"},
            accept_new=bool(accept_new_options),
            checks=checks,
            props=props,
            layout=lambda: layout_props(width=width, default_width="stretch"),
        )

    def radio(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        horizontal: bool = False,
        captions: Sequence[str] | None = None,
        label_visibility: LabelVisibility = "visible",
        width: Width = "content",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """Radio buttons; returns the chosen option.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            options: The options (a list, tuple, set, dict's keys, Series, ...); each is shown
                through ``format_func``.
            index: The option chosen at first (None: none).
            format_func: Turns an option into the label shown for it (default: ``str``).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            horizontal: Whether the options are laid out in a row.
            captions: A caption under each option (Markdown).
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """

        def caption_text(caption: Any) -> str:
            if caption is None:
                return ""
            if isinstance(caption, str):
                return caption
            raise StreamlitInvalidParameterTypeError("captions", type(caption).__name__, ["str", "None"])

        return self._select_one(
            "radio",
            label,
            options,
            index,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            bind,
            persist_state,
            extra_id={"horizontal": horizontal, "captions": captions, "width": width},
            key_identity=True,
            accept_new=False,
            checks=lambda: None,
            props=lambda: {"horizontal": bool(horizontal), "captions": [caption_text(c) for c in (captions or [])]},
            layout=lambda: layout_props(width=width, allow_content_width=True, default_width="content"),
        )

    def _select_one(
        self,
        element_type: str,
        label: str,
        options: Any,
        index: Any,
        format_func: Callable[[Any], Any],
        key: Key | None,
        help: str | None,
        on_change: OnChange,
        args: WidgetArgs | None,
        kwargs: WidgetKwargs | None,
        disabled: bool,
        label_visibility: LabelVisibility,
        bind: BindOption,
        persist_state: PersistState,
        *,
        extra_id: dict[str, Any],
        key_identity: bool | set[str],
        accept_new: bool,
        checks: Callable[[], None],
        props: Callable[[], dict[str, Any]],
        layout: Callable[[], dict[str, Any]],
    ) -> Any:
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=None if index == 0 else index)
        label = check_label(label, label_visibility)
        layout_config = layout() if element_type == "radio" else None
        opts = options_to_list(options)
        if element_type == "selectbox":
            _check_index(index, opts)
            checks()
        serde = OptionSerde(opts, format_func, index, accept_new)
        widget_id = compute_widget_id(
            element_type,
            dg,
            user_key=key,
            key_as_main_identity=key_identity,
            label=label,
            options=serde.labels,
            index=index,
            help=help,
            **extra_id,
        )
        if element_type == "radio":
            _check_index(index, opts)
        state_now = current_or_bare_ctx().session_state.filtered_state()
        if key is not None and key in state_now and state_now[key] is None:
            index = None
            serde = OptionSerde(opts, format_func, index, accept_new)
        extra_props = props()
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            label=label,
            label_visibility=label_visibility,
            help=help,
            disabled=disabled,
            bind=bind,
            persist_state=persist_state,
        )
        return register_and_enqueue(
            call,
            element_type,
            serde,
            value_type="string_value",
            default=serde.default,
            clearable=index is None,
            formatted_options=None if accept_new else serde.labels,
            keep_valid=serde.resolve,
            props=dict(
                options=serde.labels, layout=layout_config if layout_config is not None else layout(), **extra_props
            ),
        )
