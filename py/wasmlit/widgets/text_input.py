"""st.text_input and st.text_area.

As in Streamlit 1.67: ``type`` picks an input kind with its own icon,
placeholder, browser autocomplete and (email, url) validation rule;
``validate`` is a regex (or ``(regex, message)``) the page checks before it
commits a value; ``required`` keeps an empty value from being committed;
``live`` commits after a pause in typing instead of on Enter/blur."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime.durations import duration_seconds
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.runtime.context import current_or_bare_ctx
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

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class _TypeDefaults(NamedTuple):
    icon: str | None
    placeholder: str | None
    validate: tuple[str, str] | None
    autocomplete: str


_EMAIL_RULE = (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.")
_URL_RULE = (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.")

TEXT_INPUT_TYPES: dict[str, _TypeDefaults] = {
    "default": _TypeDefaults(None, None, None, ""),
    "password": _TypeDefaults(None, None, None, "new-password"),
    "email": _TypeDefaults(":material/mail:", "you@example.com", _EMAIL_RULE, "email"),
    "url": _TypeDefaults(":material/link:", "https://example.com", _URL_RULE, "url"),
    "phone": _TypeDefaults(":material/call:", "+1 234 567 8900", None, "tel"),
    "search": _TypeDefaults(":material/search:", "Search", None, "off"),
}

DEFAULT_LIVE_DEBOUNCE_MS = 250
MAX_LIVE_DEBOUNCE_MS = 60_000


def parse_validate(validate: Any) -> tuple[str | None, str | None]:
    """``validate`` as (regex, message)."""
    if validate is None:
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(item, str) for item in validate):
            return validate[0], validate[1]
        raise StreamlitValueError("validate", ["a regex string", "a (regex, message) tuple of strings"])
    raise StreamlitInvalidParameterTypeError("validate", type(validate).__name__, ["None", "str", "tuple"])


def parse_live(live: Any) -> int | None:
    """``live`` as the pause in milliseconds after which typing commits (None: off)."""
    if live is False:
        return None
    if live is True:
        return DEFAULT_LIVE_DEBOUNCE_MS
    if isinstance(live, (int, float, timedelta)):
        raise StreamlitInvalidParameterTypeError(
            "live",
            type(live).__name__,
            ["bool", "str"],
            detail=(
                "A number or `datetime.timedelta` is not accepted. "
                "Use `True` for a 250ms pause, or a duration string like "
                "`'300ms'` or `'0.5s'`. `live=300` is not milliseconds "
                "(and `live=0.3` is not seconds); duration units must be "
                "explicit."
            ),
        )
    if not isinstance(live, str):
        raise StreamlitInvalidParameterTypeError("live", type(live).__name__, ["bool", "str"])
    seconds = duration_seconds(live)
    debounce_ms = round(seconds * 1000.0)
    if seconds > 0 and debounce_ms == 0:
        debounce_ms = 1
    if seconds < 0 or debounce_ms > MAX_LIVE_DEBOUNCE_MS:
        raise StreamlitValueOutOfRangeError(
            "live",
            live,
            "0ms",
            "1m",
            detail=(
                "Use `True` for the 250ms default, `'0ms'` to commit on every "
                "change, or a duration string up to `'1m'`."
            ),
        )
    return debounce_ms


@dataclass(frozen=True)
class TextSerde:
    """The wire holds the text (None: no value), cut to ``max_chars``."""

    default: str | None
    max_chars: int | None

    def serialize(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def deserialize(self, wire: Any) -> str | None:
        result = self.default if wire is None else str(wire)
        if result is not None and self.max_chars is not None:
            result = result[: self.max_chars]
        return result


def _default_from_state(dg: "DeltaGenerator", key: str | None, value: str | None) -> str | None:
    """A key set to None in session state shows an empty input, as in Streamlit."""
    if key is None:
        return value

    state = current_or_bare_ctx().session_state
    if key in state and state[key] is None:
        return None
    return value


class TextInputMixin:
    def text_input(
        self,
        label: str,
        value: Any = "",
        max_chars: int | None = None,
        key: Key | None = None,
        type: str = "default",
        help: str | None = None,
        autocomplete: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: LabelVisibility = "visible",
        icon: str | None = None,
        validate: Any = None,
        live: Any = False,
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> str | None:
        """A single-line text input; returns its text (None when empty with value=None).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            max_chars: The most characters the user may type (None: no limit).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            type: "default", "password", "email", "url", "phone" or "search".
            help: A tooltip shown beside the label (Markdown; None: none).
            autocomplete: The browser's autocomplete hint (None: from ``type``).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            placeholder: The text shown while it is empty.
            disabled: Shown greyed out and not usable.
            required: The page does not accept an empty value (it shows a message instead).
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            validate: A regex (or a (regex, message) pair) the text must match.
            live: False, True or a pause such as "300ms": commit the value while typing.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        live_ms = parse_live(live)
        type_defaults = TEXT_INPUT_TYPES.get(type)
        if type_defaults is None:
            raise StreamlitValueError("type", [repr(t) for t in TEXT_INPUT_TYPES])
        check_widget_policies(dg, key, callback, default_value=None if value == "" else value)
        label = check_label(label, label_visibility)
        value = None if value is None else str(value)
        identity_regex, _ = parse_validate(validate)
        widget_id = compute_widget_id(
            "text_input",
            dg,
            user_key=key,
            key_as_main_identity={"max_chars", "validate"},
            label=label,
            value=value,
            max_chars=max_chars,
            type=type,
            help=help,
            autocomplete=autocomplete,
            placeholder=str(placeholder),
            icon=icon,
            width=width,
            live=live_ms,
            validate=identity_regex,
            required=required,
        )
        if icon is None:
            icon = type_defaults.icon
        if placeholder is None:
            placeholder = type_defaults.placeholder
        regex, message = parse_validate(type_defaults.validate if validate is None else validate)
        value = _default_from_state(dg, key, value)
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""
        if autocomplete is None:
            autocomplete = type_defaults.autocomplete
        if bind == "query-params" and type == "password":
            raise StreamlitIncompatibleParametersError(
                "bind='query-params'", "type='password'", explanation="Password values must not appear in URLs."
            )
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
            "textInput",
            TextSerde(value, max_chars),
            value_type="string_value",
            default=value,
            clearable=True,
            props=dict(
                maxChars=max_chars,
                inputType=type,
                placeholder="" if placeholder is None else str(placeholder),
                autocomplete=autocomplete,
                icon=icon_text or None,
                required=bool(required),
                validateRegex=regex,
                validateMessage=message,
                liveDebounceMs=live_ms,
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )

    def text_area(
        self,
        label: str,
        value: Any = "",
        height: Any = None,
        max_chars: int | None = None,
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
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> str | None:
        """A multi-line text input; returns its text.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            value: The initial text (None: empty).
            height: The height in pixels, "content" or "stretch".
            max_chars: The most characters the user may type (None: no limit).
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
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=None if value == "" else value)
        label = check_label(label, label_visibility)
        value = None if value is None else str(value)
        widget_id = compute_widget_id(
            "text_area",
            dg,
            user_key=key,
            key_as_main_identity={"max_chars"},
            label=label,
            value=value,
            height=height,
            max_chars=max_chars,
            help=help,
            placeholder=str(placeholder),
            width=width,
            required=required,
        )
        value = _default_from_state(dg, key, value)
        default_height = 122 if label_visibility != "collapsed" else 94
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
            "textArea",
            TextSerde(value, max_chars),
            value_type="string_value",
            default=value,
            clearable=True,
            props=dict(
                maxChars=max_chars,
                height=height if isinstance(height, int) and not isinstance(height, bool) else None,
                placeholder="" if placeholder is None else str(placeholder),
                required=bool(required),
                layout=layout_props(
                    width=width,
                    height=default_height if height is None else height,
                    allow_content_height=True,
                    default_width="stretch",
                    default_height=default_height,
                ),
            ),
        )
