"""st.pills and st.segmented_control: options as a row of toggle buttons,
single or multi selection. The value travels as the list of selected labels
(at most one in single mode; [] = nothing selected)."""

from __future__ import annotations

from typing import Any, Callable, Literal

from wasmlit.errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitValueError
from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    LABEL_VISIBILITIES,
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.option_utils import (
    anything_to_list,
    comparable_options,
    default_indices,
    format_labels,
    keep_valid,
    safe_label,
    valid_or_default,
)
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


class ButtonGroupSerde:
    """The wire holds the selected options' labels (at most one in single
    mode; [] = nothing selected). Labels that are no longer options are
    dropped (multi) or read as the default (single)."""

    def __init__(
        self,
        options: list[Any],
        labels: list[str],
        label_index: dict[str, int],
        format_func: Callable[[Any], Any],
        multi: bool,
        defaults: list[int],
    ) -> None:
        self.options = options
        self.labels = labels
        self.label_index = label_index
        self.format_func = format_func
        self.multi = multi
        self.default: Any = [options[i] for i in defaults] if multi else (options[defaults[0]] if defaults else None)

    def serialize(self, value: Any) -> list[str]:
        if value is None:
            return []
        items = anything_to_list(value) if self.multi else [value]
        return [label if (label := safe_label(self.format_func, v)) is not None else str(v) for v in items]

    def deserialize(self, wire: Any) -> Any:
        if self.multi:
            if wire is None:
                return list(self.default)
            return [self.options[self.label_index[str(w)]] for w in wire if str(w) in self.label_index]
        if not self.options:
            return None
        if wire is None:
            return self.default
        if len(wire) == 0:
            return None
        i = self.label_index.get(str(wire[0]))
        return self.options[i] if i is not None else self.default


class ButtonGroupMixin:
    def pills(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: Literal["single", "multi"] = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], Any] | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "content",
        wrap: bool | None = None,
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A row of pill buttons to pick one (or several) options; returns the selection.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            selection_mode: "single" (one option) or "multi" (any number).
            default: The option(s) chosen at first (None: none).
            required: The page does not accept an empty value (it shows a message instead).
            format_func: Turns an option into the label shown for it (default: ``str``).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        return self._button_group(
            "pills",
            label,
            options,
            selection_mode,
            default,
            required,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            bind,
            persist_state,
        )

    def segmented_control(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: Literal["single", "multi"] = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], Any] | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "content",
        wrap: bool | None = None,
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A segmented button row to pick one (or several) options; returns the selection.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            selection_mode: "single" (one option) or "multi" (any number).
            default: The option(s) chosen at first (None: none).
            required: The page does not accept an empty value (it shows a message instead).
            format_func: Turns an option into the label shown for it (default: ``str``).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        return self._button_group(
            "segmented_control",
            label,
            options,
            selection_mode,
            default,
            required,
            format_func,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            bind,
            persist_state,
        )

    def _button_group(
        self,
        style: str,
        label: str | None,
        options: Any,
        selection_mode: Any,
        default: Any,
        required: bool,
        format_func: Callable[[Any], Any] | None,
        key: Key | None,
        help: str | None,
        on_change: OnChange,
        args: WidgetArgs | None,
        kwargs: WidgetKwargs | None,
        disabled: bool,
        label_visibility: LabelVisibility,
        width: Width,
        wrap: bool | None,
        bind: BindOption,
        persist_state: PersistState,
    ) -> Any:
        dg = as_dg(self)
        if label is not None:
            label = check_label(label, label_visibility)
        elif label_visibility not in LABEL_VISIBILITIES:
            raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
        if required and selection_mode == "multi":
            raise StreamlitIncompatibleParametersError(
                "required=True",
                "selection_mode='multi'",
                explanation="`required` is only supported for single-select mode.",
            )
        fmt = format_func or str
        opts = comparable_options(options)
        defaults = default_indices(opts, default)
        labels, label_index = format_labels(opts, fmt)
        if selection_mode not in ("single", "multi"):
            raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
        multi = selection_mode == "multi"
        if not multi and len(defaults) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{style}` must be a single value when `selection_mode='single'`.",
                error_id="button-group-single-select-multiple-defaults",
            )
        key = to_key(key)
        callback = normalize_callback(on_change)
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        check_widget_policies(dg, key, callback, default_value=defaults or None)
        widget_id = compute_widget_id(
            style,
            dg,
            user_key=key,
            key_as_main_identity={"click_mode"},
            options=labels,
            default=defaults,
            click_mode=1 if multi else 0,
            style=style,
            width=width,
            label=label,
            help=help,
        )
        serde = ButtonGroupSerde(opts, labels, label_index, fmt, multi, defaults)
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            label="" if label is None else label,
            label_visibility="collapsed" if label is None else label_visibility,
            help=help,
            disabled=disabled,
            bind=bind,
            persist_state=persist_state,
        )
        valid = set(labels)
        return register_and_enqueue(
            call,
            "buttonGroup",
            serde,
            value_type="string_array_value",
            default=serde.default,
            clearable=True,
            formatted_options=labels,
            max_array_length=None if multi else 1,
            keep_valid=(
                (lambda value: keep_valid(list(value), valid, fmt))
                if multi
                else (lambda value: valid_or_default(value, valid, fmt, serde.default))
            ),
            props=dict(
                options=labels,
                style=style,
                selectionMode=selection_mode,
                required=bool(required),
                wrap=wrap,
                layout=layout,
            ),
        )
