"""st.multiselect: any number of options, sent as a list of their labels."""

from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral
from typing import Any, Callable, Literal

from wasmlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
)
from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.selection import check_filter_mode
from wasmlit.widgets.option_utils import (
    anything_to_list,
    comparable_options,
    default_indices,
    format_labels,
    keep_valid,
    safe_label,
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


def _selection_count(selections: Any) -> int:
    if selections is None:
        return 0
    if isinstance(selections, (str, bytes)):
        return 1
    try:
        return len(selections)
    except TypeError:
        return 1


def _check_max_selections(selections: Any, max_selections: int | None) -> None:
    if max_selections is None:
        return
    count = _selection_count(selections)
    if count > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(
            current_selections_count=count, max_selections_count=max_selections
        )


def _check_select_all(select_all: Any) -> int:
    if isinstance(select_all, bool):
        return -1 if select_all else 0
    if isinstance(select_all, int):
        if select_all < 0:
            raise StreamlitValueError(
                "select_all",
                ["True", "False", "a non-negative integer"],
                detail="When using an int, `select_all` must be a non-negative integer.",
            )
        return select_all
    raise StreamlitInvalidParameterTypeError("select_all", type(select_all).__name__, ["bool", "int"])


@dataclass(frozen=True)
class MultiselectSerde:
    """The wire holds the chosen options' labels; a label that is not an
    option (a new option the user typed) reads as that text."""

    options: list[Any]
    label_index: dict[str, int]
    format_func: Callable[[Any], Any]
    default: list[Any]

    def serialize(self, value: Any) -> list[str]:
        return [
            label if (label := safe_label(self.format_func, v)) is not None else str(v) for v in anything_to_list(value)
        ]

    def deserialize(self, wire: Any) -> list[Any]:
        if wire is None:
            return list(self.default)
        out = []
        for text in wire:
            i = self.label_index.get(str(text))
            out.append(self.options[i] if i is not None else str(text))
        return out


class MultiselectMixin:
    def multiselect(
        self,
        label: str,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        max_selections: int | None = None,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        accept_new_options: bool = False,
        filter_mode: Literal["fuzzy", "contains", "prefix"] | None = "fuzzy",
        select_all: bool | int = 1000,
        width: Width = "stretch",
        wrap: bool | None = None,
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> list[Any]:
        """A multi-choice drop-down; returns the list of chosen options.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            default: The options chosen at first (None: none).
            format_func: Turns an option into the label shown for it (default: ``str``).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            max_selections: The most options that may be chosen (None: no limit).
            placeholder: The text shown while it is empty.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            accept_new_options: Whether the user may type an option that is not in the list.
            filter_mode: "fuzzy", "contains" or "prefix": how typing filters the options (None:
                no filtering).
            select_all: True/False, or the most options for which a "Select all" entry shows.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=default)
        label = check_label(label, label_visibility)
        if max_selections is not None and (
            isinstance(max_selections, bool) or not isinstance(max_selections, Integral) or max_selections < 1
        ):
            raise StreamlitValueError(
                "max_selections",
                ["a positive integer"],
                detail="To disable `st.multiselect`, use `disabled=True`."
                if isinstance(max_selections, Integral) and max_selections == 0
                else None,
            )
        opts = comparable_options(options)
        labels, label_index = format_labels(opts, format_func)
        defaults = default_indices(opts, default)
        if placeholder == "":
            placeholder = " "
        check_filter_mode(filter_mode, accept_new_options=bool(accept_new_options))
        select_all_code = _check_select_all(select_all)
        widget_id = compute_widget_id(
            "multiselect",
            dg,
            user_key=key,
            key_as_main_identity={"max_selections", "accept_new_options"},
            label=label,
            options=labels,
            default=defaults,
            help=help,
            max_selections=max_selections,
            placeholder=placeholder,
            accept_new_options=accept_new_options,
            filter_mode=filter_mode,
            select_all=select_all_code,
            width=width,
        )

        valid = set(labels)

        def keep_valid_selection(value: Any) -> tuple[Any, bool]:
            _check_max_selections(value, max_selections)
            return (value, False) if accept_new_options else keep_valid(list(value), valid, format_func)

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
            "multiselect",
            MultiselectSerde(opts, label_index, format_func, [opts[i] for i in defaults]),
            value_type="string_array_value",
            default=[opts[i] for i in defaults],
            clearable=True,
            formatted_options=None if accept_new_options else labels,
            max_array_length=max_selections,
            keep_valid=keep_valid_selection,
            props=dict(
                options=labels,
                placeholder=placeholder or "",
                maxSelections=max_selections or 0,
                acceptNewOptions=bool(accept_new_options),
                selectAll=select_all_code,
                filterMode=filter_mode,
                wrap=wrap,
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )
