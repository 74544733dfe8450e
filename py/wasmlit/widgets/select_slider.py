"""st.select_slider: a slider over options, single value or range.

It is a `slider` node whose `options` holds the labels; its value travels as
the list of the selected labels (one, or two for a range)."""

from __future__ import annotations

from typing import Any, Callable

from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.option_utils import comparable_options, format_labels, index_of, safe_label, valid_or_default
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


def value_indices(options: list[Any], value: Any) -> list[int]:
    """``value`` as option indices: one, or two (in order) for a range;
    None: the first option."""
    if isinstance(value, (list, tuple)):
        indices = [index_of(options, v) for v in value]
        if len(indices) == 2 and indices[0] > indices[1]:
            indices = [indices[1], indices[0]]
        return indices
    try:
        return [index_of(options, value)]
    except ValueError:
        if value is not None:
            raise
        return [0]


class SelectSliderSerde:
    """The wire holds the selected labels (one, or two for a range); a wire
    value of the wrong length or with a label that is not an option reads
    as the default."""

    def __init__(
        self, options: list[Any], labels: list[str], format_func: Callable[[Any], Any], default_indices: list[int]
    ) -> None:
        self.options = options
        self.labels = labels
        self.label_index = {label: i for i, label in enumerate(labels)}
        self.format_func = format_func
        self.default_indices = default_indices
        self.is_range = len(default_indices) >= 2

    def default(self, as_range: bool) -> Any:
        first = self.default_indices[0]
        if as_range:
            end = self.default_indices[1] if len(self.default_indices) > 1 else len(self.options) - 1
            return (self.options[first], self.options[end])
        return self.options[first]

    def serialize(self, value: Any) -> list[str]:
        # An option may itself be a tuple: try it as one option first.
        text = safe_label(self.format_func, value)
        if text is not None and text in self.label_index:
            return [text]
        if isinstance(value, (tuple, list)):
            return [str(self.format_func(x)) for x in value]
        return [str(self.format_func(value))]

    def deserialize(self, wire: Any) -> Any:
        expected = 2 if self.is_range else 1
        if not wire or len(wire) != expected:
            return self.default(self.is_range)
        found = [self.label_index.get(str(w)) for w in wire]
        indices = [i for i in found if i is not None]
        if len(indices) != len(found):
            return self.default(self.is_range)
        if expected == 2:
            lo, hi = sorted(indices)
            return (self.options[lo], self.options[hi])
        return self.options[indices[0]]

    def keep_valid(self, value: Any) -> tuple[Any, bool]:
        """``value`` if its labels are still options, else the default (a
        range's default for a range)."""
        valid = set(self.labels)
        if isinstance(value, tuple):
            if len(value) == 2 and all(safe_label(self.format_func, v) in valid for v in value):
                return value, False
            return self.default(True), True
        return valid_or_default(value, valid, self.format_func, self.default(False))


class SelectSliderMixin:
    def select_slider(
        self,
        label: str,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A slider over a list of options; a pair of values gives a range.
        Returns the option (or a tuple of two).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            value: The option chosen at first, or a pair for a range (None: the first option).
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
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        # Validate.
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value)
        label = check_label(label, label_visibility)
        opts = comparable_options(options)
        if len(opts) == 0:
            raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
        # Normalise: the value as option indices, the options as labels.
        indices = value_indices(opts, value)
        labels, _ = format_labels(opts, format_func)
        widget_id = compute_widget_id(
            "select_slider",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            options=labels,
            value=indices,
            help=help,
            width=width,
        )
        # Serde, register, props.
        serde = SelectSliderSerde(opts, labels, format_func, indices)
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
            "slider",
            serde,
            value_type="string_array_value",
            default=serde.default(serde.is_range),
            allow_url_duplicates=True,
            keep_valid=serde.keep_valid,
            props=dict(
                min=0,
                max=len(opts) - 1,
                step=1,
                format="%s",
                dataType="int",
                options=labels,
                formattedValues=[],
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )
