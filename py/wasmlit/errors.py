"""Exception types of the public API, with Streamlit's names and message texts."""

from __future__ import annotations

import os

from typing import Any


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
    def __init__(self, parameter: str, valid_values, *, detail: str | None = None) -> None:
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
    def __init__(self, value, min_value) -> None:
        super().__init__(
            "The `value` {value} is less than the `min_value` {min_value}.",
            value=value,
            min_value=min_value,
        )


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    def __init__(self, value, max_value) -> None:
        super().__init__(
            "The `value` {value} is greater than the `max_value` {max_value}.",
            value=value,
            max_value=max_value,
        )


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    def __init__(self, value, min_value, max_value, step) -> None:
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
    def __init__(self, format: str) -> None:  # noqa: A002 - Streamlit's name
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
    def __init__(self, min_value, max_value) -> None:
        if min_value == max_value:
            message = (
                "The `min_value` and `max_value` parameters are both set to "
                "{min_value}. They must not be equal."
            )
        else:
            message = (
                "The `min_value`, set to {min_value}, cannot be greater than "
                "the `max_value`, set to {max_value}."
            )
        super().__init__(message, min_value=min_value, max_value=max_value)


class StreamlitValueOutOfRangeError(LocalizableStreamlitException):
    def __init__(self, parameter, value, min_value, max_value, *, detail=None) -> None:
        message = (
            "The `{parameter}` parameter, set to {value}, is outside the "
            "required range [{min_value}, {max_value}]."
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
    def __init__(self, parameter, provided_type, expected_types, *, detail=None) -> None:
        message = (
            "Invalid `{parameter}` type. Expected one of: {expected_types}. "
            "Provided type: {provided_type}."
        )
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
    def __init__(self, value) -> None:
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
    def __init__(self, width, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid width value: {width}. Width must be either {valid_values}.",
            width=repr(width),
            valid_values=valid_values,
        )


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    def __init__(self, height, allow_content: bool = False) -> None:
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

    def __init__(
        self, page: str, main_script_directory: str | None = None, uses_pages_directory: bool = False
    ) -> None:
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


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A duration given as text could not be read."""

    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as "
            "`'1d2h34m'` or `2 days`, for example. Got: {time_string}",
            time_string=time_string,
        )


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Raised when a value cannot be converted to a dataframe."""


# Shown as `streamlit.errors.X` in the app, like Streamlit's own types.
for _cls in list(globals().values()):
    if isinstance(_cls, type) and issubclass(_cls, Exception) and _cls.__module__ == __name__:
        _cls.__module__ = "streamlit.errors"
del _cls
