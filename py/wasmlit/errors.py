"""Exception types of the public API, with Streamlit's names and message texts."""

from __future__ import annotations

import os

from typing import Any, Iterable


class Error(Exception):
    """Base class of every exception the runtime raises on purpose."""


class MarkdownFormattedException(Error):
    """An exception whose message is shown as Markdown in the app."""


class StreamlitAPIException(MarkdownFormattedException):
    """Raised when a script calls the API incorrectly."""

    def __init__(self, *args: Any, error_id: str | None = None) -> None:
        super().__init__(*args)
        self.error_id = error_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(a) for a in self.args)})"


class LocalizableStreamlitException(StreamlitAPIException):
    """An API exception built from a format string and its arguments."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        error_id = kwargs.pop("error_id", None)
        super().__init__(message.format(**kwargs), error_id=error_id)
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


class DuplicateWidgetID(StreamlitAPIException):
    """Base of the duplicate element ID and key errors."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )


class UnserializableSessionStateError(StreamlitAPIException):
    """Raised when a session state value cannot be pickled."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A warning shown in the app through st.exception."""


def _markdown_code_span(text: str) -> str:
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


def _session_state_item(key: str) -> str:
    return _markdown_code_span(f"st.session_state[{key!r}]")


class StreamlitValueAssignmentNotAllowedError(LocalizableStreamlitException):
    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} is read-only and cannot be "
            "assigned through session state. Use a different session state key "
            "for values you need to set.",
            session_state_item=_session_state_item(key),
            key=key,
        )


class StreamlitWidgetAlreadyInstantiatedError(LocalizableStreamlitException):
    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} cannot be modified after the widget with "
            "that key is instantiated. Assign {session_state_item} before "
            "creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. "
            "If this is a read-only session state key (buttons, file and media "
            "inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different session state key.",
            session_state_item=_session_state_item(key),
            key=key,
        )


class StreamlitInvalidFormCallbackError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitValueError(LocalizableStreamlitException):
    def __init__(self, parameter: str, valid_values: Iterable[str], *, detail: str | None = None) -> None:
        message = "Invalid `{parameter}` value. Supported values: {valid_values}."
        if detail:
            message += " {detail}"
        super().__init__(
            message,
            parameter=parameter,
            valid_values=", ".join(valid_values),
            detail=detail,
        )


class StreamlitValueBelowMinError(LocalizableStreamlitException):
    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(
            "The `value` {value} is less than the `min_value` {min_value}.",
            value=value,
            min_value=min_value,
        )


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(
            "The `value` {value} is greater than the `max_value` {max_value}.",
            value=value,
            max_value=max_value,
        )


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    def __init__(self, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
        message = "All numerical arguments must be of the same type."
        named = {}
        for name, arg in (
            ("value", value),
            ("min_value", min_value),
            ("max_value", max_value),
            ("step", step),
        ):
            if arg is not None:
                named[f"{name}_type"] = type(arg).__name__
                message += f"\n`{name}` has {{{name}_type}} type."
        super().__init__(message, **named)


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    def __init__(self, message: str) -> None:
        super().__init__(message)


class StreamlitInvalidNumberFormatError(LocalizableStreamlitException):
    def __init__(self, format: str) -> None:
        super().__init__(
            "Format string for `st.number_input` contains invalid characters: {format}",
            format=format,
        )


class StreamlitInvalidColumnSpecError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a "
            "positive integer (number of columns) or a list of positive numbers "
            "(width ratios of the columns). "
            "See [documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )


class StreamlitInvalidMinMaxError(LocalizableStreamlitException):
    def __init__(self, min_value: Any, max_value: Any) -> None:
        if min_value == max_value:
            message = "The `min_value` and `max_value` parameters are both set to {min_value}. They must not be equal."
        else:
            message = "The `min_value`, set to {min_value}, cannot be greater than the `max_value`, set to {max_value}."
        super().__init__(message, min_value=min_value, max_value=max_value)


class StreamlitValueOutOfRangeError(LocalizableStreamlitException):
    def __init__(
        self, parameter: str, value: Any, min_value: Any, max_value: Any, *, detail: str | None = None
    ) -> None:
        message = (
            "The `{parameter}` parameter, set to {value}, is outside the required range [{min_value}, {max_value}]."
        )
        if detail:
            message += " {detail}"
        super().__init__(
            message,
            parameter=parameter,
            value=value,
            min_value=min_value,
            max_value=max_value,
            detail=detail,
        )


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """Raised when a command is used in a layout context that does not allow it."""


class NoSessionContext(Error):
    """Raised when the API is used outside a script run."""


class StreamlitInvalidParameterTypeError(LocalizableStreamlitException):
    def __init__(
        self, parameter: str, provided_type: str, expected_types: Iterable[str], *, detail: str | None = None
    ) -> None:
        message = "Invalid `{parameter}` type. Expected one of: {expected_types}. Provided type: {provided_type}."
        if detail:
            message += " {detail}"
        super().__init__(
            message,
            parameter=parameter,
            expected_types=", ".join(expected_types),
            provided_type=provided_type,
            detail=detail,
        )


class StreamlitDefaultNotInOptionsError(LocalizableStreamlitException):
    def __init__(self, value: Any) -> None:
        super().__init__(
            "The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options.",
            value=value,
        )


class StreamlitSelectionCountExceedsMaxError(LocalizableStreamlitException):
    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        super().__init__(
            "Multiselect has {current_selections_count} {current_selections_noun} "
            "selected but `max_selections` is set to {max_selections_count}. "
            "This happened because you either gave too many options to `default` "
            "or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            "Please select at most {max_selections_count} {options_noun}.",
            current_selections_count=current_selections_count,
            current_selections_noun="option" if current_selections_count == 1 else "options",
            max_selections_count=max_selections_count,
            options_noun="option" if max_selections_count == 1 else "options",
        )


class StreamlitMissingRequiredParameterError(LocalizableStreamlitException):
    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = "The `{parameter}` parameter is required."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, detail=detail)


class StreamlitIncompatibleParametersError(LocalizableStreamlitException):
    def __init__(self, first_use: str, second_use: str, *other_uses: str, explanation: str | None = None) -> None:
        quoted = [f"`{use}`" for use in (first_use, second_use, *other_uses)]
        if len(quoted) == 2:
            uses_text = f"{quoted[0]} and {quoted[1]}"
        else:
            uses_text = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        message = "{uses_text} cannot be used together."
        if explanation:
            message += " {explanation}"
        super().__init__(message, uses_text=uses_text, explanation=explanation)


class StreamlitInvalidWidthError(LocalizableStreamlitException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid width value: {width}. Width must be either {valid_values}.",
            width=repr(width),
            valid_values=valid_values,
        )


class StreamlitInvalidColorError(LocalizableStreamlitException):
    """A value that is not a hex colour string or an RGB(A) sequence."""

    def __init__(self, color: Any) -> None:
        super().__init__(
            "This does not look like a valid color: {color}.\n\n"
            "Colors must be in one of the following formats:\n\n"
            "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`",
            color=repr(color),
        )


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid height value: {height}. Height must be either {valid_values}.",
            height=repr(height),
            valid_values=valid_values,
        )


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    """A query parameter's value was a dict."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead.",
            key=key,
        )


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """A page given to st.switch_page / st.page_link / st.Page is not part of the app."""

    def __init__(self, page: str, main_script_directory: str | None = None, uses_pages_directory: bool = False) -> None:
        if main_script_directory is None:
            super().__init__("Unable to create Page. The file `{page}` could not be found.", page=page)
            return
        if uses_pages_directory:
            message = (
                "Could not find page: `{page}`. You must provide a file path "
                "relative to the entrypoint file (from the directory `{directory}`). "
                "Only the entrypoint file and files in the `pages/` directory are supported."
            )
        else:
            message = (
                "Could not find page: `{page}`. You must provide a `Page` "
                "object or file path relative to the entrypoint file. Only pages "
                "previously defined by `st.Page` and passed to `st.navigation` are "
                "allowed."
            )
        super().__init__(message, page=page, directory=os.path.basename(main_script_directory))


class FragmentStorageKeyError(Error, KeyError):
    """A fragment rerun asked for a fragment this session does not know."""


class FragmentHandledException(Exception):
    """A fragment's exception that was already shown; ends the run quietly."""


class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """No secrets file, or one that cannot be parsed."""


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Raised when a value cannot be converted to a dataframe."""


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A time string (such as a cache ``ttl``) that cannot be parsed."""

    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as "
            "`'1d2h34m'` or `2 days`, for example. Got: {time_string}",
            time_string=time_string,
        )


# -- caching (st.cache_data / st.cache_resource) ------------------------------

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def _cache_decorator_name(cache_type: str) -> str:
    """``"cache_data"`` or ``"cache_resource"`` for a cache type ``"data"``/``"resource"``."""
    return f"cache_{cache_type}"


def _func_name_md(func: Any) -> str:
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    if hasattr(type(func), "__name__"):
        return f"`{type(func).__name__}`"
    return f"`{type(func)}`"


def _type_fqn(value: Any) -> str:
    cls = type(value)
    return f"{cls.__module__}.{cls.__qualname__}"


class UnhashableParamError(StreamlitAPIException):
    """A cached function's argument that the cache cannot hash."""

    def __init__(
        self, cache_type: str, func: Any, arg_name: str | None, arg_value: Any, orig_exc: BaseException
    ) -> None:
        shown_name = "(unnamed)" if arg_name is None else arg_name
        func_name = getattr(func, "__name__", "unknown")
        replacement = "_arg" if arg_name is None else f"_{arg_name}"
        super().__init__(
            f"Cannot hash argument '{shown_name}' (of type `{_type_fqn(arg_value)}`) in '{func_name}'.\n"
            "\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n"
            "\n"
            "```\n"
            f"@st.{_cache_decorator_name(cache_type)}\n"
            f"def {func_name}({replacement}, ...):\n"
            "    ...\n"
            "```\n"
            "            "  # Streamlit's message keeps this indentation
        )
        self.with_traceback(orig_exc.__traceback__)


class UnserializableReturnValueError(MarkdownFormattedException):
    """A st.cache_data function returned something pickle cannot store."""

    def __init__(self, func: Any, return_value: Any) -> None:
        if hasattr(return_value, "__module__") and hasattr(type(return_value), "__name__"):
            value_type = f"`{return_value.__module__}.{type(return_value).__name__}`"
        else:
            value_type = _func_name_md(return_value)
        indent = "            "
        super().__init__(
            "\n"
            f"{indent}Cannot serialize the return value (of type {value_type})\n"
            f"{indent}in {_func_name_md(func)}. `st.cache_data` uses\n"
            f"{indent}[pickle](https://docs.python.org/3/library/pickle.html) to serialize the\n"
            f"{indent}function's return value and safely store it in the cache\n"
            f"{indent}without mutating the original object. Please convert the return value to a\n"
            f"{indent}pickle-serializable type. If you want to cache unserializable objects such\n"
            f"{indent}as database connections or Tensorflow sessions, use `st.cache_resource`\n"
            f"{indent}instead (see [our docs]({CACHE_DOCS_URL}) for differences)."
        )


class CacheReplayClosureError(StreamlitAPIException):
    """A cached function wrote into a container made outside it, so its
    elements cannot be replayed on a cache hit."""

    def __init__(self, cache_type: str, cached_func: Any) -> None:
        name = _func_name_md(cached_func)
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block\n"
            "created outside the function. This is incompatible with replaying the cached\n"
            "effect of that element, because the referenced block might not exist when\n"
            "the replay happens.\n"
            "\n"
            "How to fix this:\n"
            f"* Move the creation of that layout block inside {name}.\n"
            f"* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{_cache_decorator_name(cache_type)}` decorator from {name}.\n"
            "            "  # Streamlit's message keeps this indentation
        )


class CachedFunctionReturnedAwaitableError(StreamlitAPIException):
    """A synchronous cached function returned an awaitable."""

    def __init__(self, cache_type: str, func: Any, value: Any) -> None:
        super().__init__(
            f"{_func_name_md(func)} is a synchronous function decorated with "
            f"`st.{_cache_decorator_name(cache_type)}`, but it returned an awaitable of type "
            f"`{_type_fqn(value)}`. The function may have returned an "
            "asynchronous operation without awaiting it, or the returned object may "
            "itself be awaitable.\n\n"
            "Return a non-awaitable value instead. Prefer defining the cached function "
            "with `async def` and `await` the operation; note that `async def` cached "
            'functions require `refresh_mode="foreground"`.'
        )


class UserHashError(StreamlitAPIException):
    """A function given in ``hash_funcs`` raised while hashing an argument."""

    def __init__(
        self,
        orig_exc: BaseException,
        failed_obj: Any,
        hash_func: Any,
        cache_type: str | None,
        hash_source: Any,
        hash_chain: str,
    ) -> None:
        self.alternate_name = type(orig_exc).__name__
        self.hash_func = hash_func
        self.cache_type = cache_type
        if hash_source is None:
            object_desc = "something"
        elif hasattr(hash_source, "__name__"):
            object_desc = f"`{hash_source.__name__}()`"
        else:
            object_desc = "a function"
        decorator = f"@st.{_cache_decorator_name(cache_type)}" if cache_type else ""
        func_name = f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__") else "a function"
        super().__init__(
            f"\n{orig_exc}\n\n"
            f"This error is likely due to a bug in {func_name}, which is a\n"
            f"user-defined hash function that was passed into the `{decorator}` decorator of\n"
            f"{object_desc}.\n\n"
            f"{func_name} failed when hashing an object of type\n"
            f"`{_type_fqn(failed_obj)}`.  If you don't know where that object is coming from,\n"
            "try looking at the hash chain below for an object that you do recognize, then\n"
            "pass that to `hash_funcs` instead:\n\n"
            f"```\n{hash_chain}\n```\n\n"
            "If you think this is actually a Streamlit bug, please\n"
            "[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose)."
        )
        self.with_traceback(orig_exc.__traceback__)


class CachedWidgetWarning(StreamlitAPIWarning):
    """Shown (not raised) when a widget is created inside a cached function."""

    def __init__(self) -> None:
        super().__init__(
            "\nYour script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function.\n"
        )


# Shown as `streamlit.errors.X` in the app, like Streamlit's own types.
for _cls in list(globals().values()):
    if isinstance(_cls, type) and issubclass(_cls, Exception) and _cls.__module__ == __name__:
        _cls.__module__ = "streamlit.errors"
del _cls

# The caching errors live elsewhere in Streamlit; shown under those names too.
for _cls, _module in (
    (UnhashableParamError, "streamlit.runtime.caching.cache_errors"),
    (UnserializableReturnValueError, "streamlit.runtime.caching.cache_errors"),
    (CacheReplayClosureError, "streamlit.runtime.caching.cache_errors"),
    (CachedFunctionReturnedAwaitableError, "streamlit.runtime.caching.cache_errors"),
    (UserHashError, "streamlit.runtime.caching.hashing"),
    (CachedWidgetWarning, "streamlit.elements.lib.policies"),
):
    _cls.__module__ = _module
del _cls, _module


# components v2 (st.components.v2)
class StreamlitComponentRegistryError(Error):
    """Errors while finding or registering a package's custom components."""


StreamlitComponentRegistryError.__module__ = "streamlit.errors"


class BidiComponentError(LocalizableStreamlitException):
    """Base class for bidirectional (custom components v2) component errors."""


class BidiComponentInvalidIdError(BidiComponentError):
    def __init__(self, part: str, delimiter: str) -> None:
        super().__init__(
            "The `{part}` of a bidirectional component's ID must not contain the delimiter sequence `{delimiter}`.",
            part=part,
            delimiter=delimiter,
        )


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    def __init__(self, callback_name: str) -> None:
        super().__init__(
            "The callback name `'{callback_name}'` is not allowed. "
            "Callback names must follow the pattern `on_{{event_name}}_change` "
            "where `event_name` is not empty.",
            callback_name=callback_name,
        )


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    def __init__(self, state_key: str, available_keys: list[str]) -> None:
        super().__init__(
            "Key `'{state_key}'` in `default` is not a valid state name. "
            "Valid state names are those with corresponding `on_{{state_name}}_change` "
            "callbacks. Available state names: `{available_keys}`",
            state_key=state_key,
            available_keys=available_keys or "none",
        )


class BidiComponentUnserializableDataError(BidiComponentError):
    def __init__(self) -> None:
        super().__init__(
            "The `data` provided to the bidirectional component could not be serialized. "
            "Please ensure the data is JSON-serializable, or is a supported data structure "
            "like a pandas DataFrame."
        )


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL that is malformed or uses a protocol the command does not allow."""

    def __init__(self, url: str, protocols: Any = ("http", "https", "mailto")) -> None:
        prefixes = [f'"{p}:"' if p == "mailto" else f'"{p}://"' for p in protocols]
        if len(prefixes) <= 2:
            protocols_text = " or ".join(prefixes)
        else:
            protocols_text = f"{', '.join(prefixes[:-1])}, or {prefixes[-1]}"
        super().__init__(
            '"{url}" is not a valid URL. You must use a fully qualified domain beginning with {protocols}.',
            url=url,
            protocols=protocols_text,
        )
