"""st.echarts_chart -> an `echartsChart` element, drawn by Apache ECharts in
the page (a chunk of its own, loaded the first time a page shows one).

The spec (a mapping, JSON text, or anything with ``dump_options()`` such as a
pyecharts chart) becomes strict JSON text, checked as Streamlit 1.67 checks it
(same errors and texts). Dataframe-like ``dataset.source`` values travel as
named Frames beside the spec, which names them ``{"name": <hash>}``. With
``on_select`` the chart is a widget whose value is the selection (JSON text
on the wire, an ``EChartsState`` in Python).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import re
import sys
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.elements.text_util import normalize_alt
from wasmlit.elements.widget_state_dict import ReadOnlyAttributeDictionary, SelectionEventState
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDataframeConversionError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger("streamlit.elements.echarts_chart")

# What "content" becomes: an option has no size of its own (Streamlit's values).
CONTENT_WIDTH = 700
CONTENT_HEIGHT = 350
# pyecharts' InitOpts defaults, which say nothing about what the author wants.
PYECHARTS_WIDTH = "900px"
PYECHARTS_HEIGHT = "500px"

# Series and components of the ECharts GL extension (not shipped).
GL_SERIES = frozenset(
    {
        "bar3D",
        "flowGL",
        "globe",
        "graphGL",
        "line3D",
        "lines3D",
        "linesGL",
        "map3D",
        "polygons3D",
        "scatter3D",
        "scatterGL",
        "surface",
    }
)
GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
# Series of other extensions, with the package each needs.
EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}

JSCODE_MARK = "--x_x--"  # pyecharts' JsCode wrapper
_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_PIXELS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*px\s*$")


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """``selected`` (per series and data type: indices) and ``areas`` (brush regions)."""


class EChartsState(SelectionEventState):
    """What st.echarts_chart returns with ``on_select``: ``{"selection": {...}}``."""

    SELECTION_TYPE = EChartsSelectionState


def empty_state() -> EChartsState:
    return EChartsState({"selection": EChartsSelectionState({"selected": [], "areas": []})})


class EChartsSelectionSerde:
    """The selection's wire form: JSON text of ``{"selection": {"selected", "areas"}}``."""

    def deserialize(self, ui_value: str | None) -> EChartsState:
        if ui_value is None or ui_value == "":
            return empty_state()
        parsed = json.loads(ui_value)
        if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
            return empty_state()
        selection = dict(parsed["selection"])
        selection.setdefault("selected", [])
        selection.setdefault("areas", [])
        parsed["selection"] = EChartsSelectionState(selection)
        return EChartsState(parsed)

    def serialize(self, state: Any) -> str:
        return json.dumps(state)


# -- parsing the spec --------------------------------------------------------


def _callbacks_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. "
        "`function` values or `JsCode`), which `st.echarts_chart` does not "
        "support. Only JSON-compatible option objects are supported. Use "
        "ECharts string-template formatters instead of JavaScript functions.",
        error_id="echarts-js-callbacks-not-supported",
    )


def _has_jscode(value: Any) -> bool:
    """Whether a string in the option is a whole pyecharts JsCode value."""
    if isinstance(value, str):
        text = value.strip()
        return len(text) > 2 * len(JSCODE_MARK) and text.startswith(JSCODE_MARK) and text.endswith(JSCODE_MARK)
    if isinstance(value, dict):
        return any(_has_jscode(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(item) for item in value)
    return False


def parse_json_option(text: str) -> Any:
    """JSON option text (a pasted example, pyecharts' dump_options) -> Python."""
    try:
        option = json.loads(text)
    except (TypeError, ValueError) as ex:
        rest = text[ex.pos :] if isinstance(ex, json.JSONDecodeError) else text
        if _JS_FUNCTION.search(rest) or "=>" in rest:
            raise _callbacks_error() from ex
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects.",
            error_id="echarts-spec-invalid-json",
        ) from ex
    if _has_jscode(option):
        raise _callbacks_error()
    return option


def _list_entries(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise StreamlitAPIException(
            f"The provided ECharts spec has a `{key}` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects.",
            error_id="echarts-spec-invalid-structure",
        )
    return list(value)


def _media_options(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in _list_entries(option.get("media"), "media"):
        if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
            yield entry["option"]


def option_variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option, its media overrides, its timeline base and ticks (and theirs)."""
    yield option
    yield from _media_options(option)
    base = option.get("baseOption")
    if isinstance(base, dict):
        yield base
        yield from _media_options(base)
    for tick in _list_entries(option.get("options"), "options"):
        if isinstance(tick, dict):
            yield tick
            yield from _media_options(tick)


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    """One dict, or the dicts of a list (``series``, ``tooltip``, ``toolbox`` ...)."""
    if isinstance(value, dict):
        yield value
    elif isinstance(value, (list, tuple)):
        yield from (item for item in value if isinstance(item, dict))


def all_series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in option_variants(option):
        yield from _dicts(variant.get("series"))


def enables_selection(option: dict[str, Any]) -> bool:
    """A series ``selectedMode``, a ``brush`` component or a toolbox brush."""
    for variant in option_variants(option):
        if "brush" in variant:
            return True
        toolboxes = variant.get("toolbox")
        for toolbox in toolboxes if isinstance(toolboxes, (list, tuple)) else [toolboxes]:
            if isinstance(toolbox, dict) and isinstance(toolbox.get("feature"), dict) and "brush" in toolbox["feature"]:
                return True
    return any(series.get("selectedMode") for series in all_series(option))


def check_supported(option: dict[str, Any]) -> None:
    """Streamlit's errors for charts ECharts' core cannot draw from JSON."""
    uses_geo = any("geo" in variant for variant in option_variants(option)) or any(
        series.get("coordinateSystem") == "geo" for series in all_series(option)
    )
    gl = sorted(name for variant in option_variants(option) for name in GL_COMPONENTS & variant.keys())
    if gl:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{gl[0]}` component, "
            "which requires the ECharts GL extension. `st.echarts_chart` does not "
            "support 3D or WebGL charts.",
            error_id="echarts-gl-series-not-supported",
        )
    for series in all_series(option):
        kind = series.get("type")
        if kind in GL_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which "
                "requires the ECharts GL extension. `st.echarts_chart` does not "
                "support 3D or WebGL charts.",
                error_id="echarts-gl-series-not-supported",
            )
        if isinstance(kind, str) and kind in EXTENSION_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which "
                f"requires the `{EXTENSION_SERIES[kind]}` extension. `st.echarts_chart` bundles "
                "only core ECharts, so this chart would render empty.",
                error_id="echarts-extension-series-not-supported",
            )
        if kind == "map":
            uses_geo = True
        if kind == "custom":
            raise StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires "
                "a JavaScript `renderItem` callback. `st.echarts_chart` only "
                "supports JSON-compatible option objects, so custom series are not "
                "supported.",
                error_id="echarts-custom-series-not-supported",
            )
    if uses_geo:
        raise StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which "
            "requires registering GeoJSON map data. `st.echarts_chart` does not "
            "support map charts.",
            error_id="echarts-map-charts-not-supported",
        )


# -- value formatters (a number format instead of a function) -----------------

NAMED_NUMBER_FORMATS = frozenset(
    {
        "plain",
        "localized",
        "dollar",
        "euro",
        "yen",
        "percent",
        "compact",
        "scientific",
        "engineering",
        "accounting",
        "bytes",
    }
)
# printf pieces: text, "%%", or one placeholder (the forms a JS sprintf reads).
_PRINTF_PIECE = re.compile(
    r"[^%]+|%%|(?P<field>%(?:[1-9][0-9]*\$|\([^)]+\))?\+?(?:0|'[^$])?-?[,_]?[0-9]*(?:\.[0-9]+)?[b-gijostTuvxX])"
)


def is_number_format(value: Any) -> bool:
    """A named number format, or printf text with at least one placeholder."""
    if not isinstance(value, str):
        return False
    if value in NAMED_NUMBER_FORMATS:
        return True
    fields = 0
    position = 0
    while position < len(value):
        piece = _PRINTF_PIECE.match(value, position)
        if piece is None:
            return False
        fields += piece["field"] is not None
        position = piece.end()
    return fields > 0


def _warn_about_value_formatters(option: dict[str, Any]) -> None:
    tooltips = [t for v in option_variants(option) for t in _dicts(v.get("tooltip"))]
    tooltips += [t for s in all_series(option) for t in _dicts(s.get("tooltip"))]
    for tooltip in tooltips:
        formatter = tooltip.get("valueFormatter")
        if formatter is None or is_number_format(formatter):
            continue
        _LOGGER.warning(
            "The provided ECharts spec sets a tooltip `valueFormatter` of %r, which is not a "
            "number format, so Streamlit ignores it and uses the default tooltip formatting. Use a "
            'named format such as "dollar" or "compact", or a printf-style string such as "%%.2f" '
            '(for example, "%%.2f €" instead of "{value} €").',
            formatter,
        )


# -- dataframes in dataset.source ---------------------------------------------


def _is_dataframe_like(value: Any) -> bool:
    from wasmlit.components.v1.component_args import is_dataframe_like

    return is_dataframe_like(value)


def _convert_dataset(dataset: dict[str, Any], frames_by_name: dict[str, Any]) -> None:
    source = dataset.get("source")
    if source is None or not _is_dataframe_like(source):
        return
    from wasmlit.elements import frame

    try:
        wire = frame.to_wire(frame.to_frame(source))
        text = json.dumps(wire, sort_keys=True, allow_nan=False)
    except (StreamlitDataframeConversionError, TypeError, ValueError) as ex:
        raise StreamlitDataframeConversionError(
            "The provided ECharts `dataset.source` could not be converted for "
            "display. Convert or drop the columns that cannot be serialized "
            "(for example, cast object columns to strings, or call "
            f"`.sparse.to_dense()` on sparse columns).\n\n{ex}",
            error_id="echarts-dataset-not-arrow-serializable",
        ) from ex
    name = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
    frames_by_name.setdefault(name, wire)
    dataset["source"] = {"name": name}


def convert_datasets(option: dict[str, Any]) -> list[dict[str, Any]]:
    """Dataframe sources -> ``{"name": hash}`` in the option; the named Frames."""
    frames_by_name: dict[str, Any] = {}
    for variant in option_variants(option):
        for dataset in _dicts(variant.get("dataset")):
            _convert_dataset(dataset, frames_by_name)
    return [{"name": name, "data": wire} for name, wire in frames_by_name.items()]


def _copy_option(value: Any) -> Any:
    """The option's dicts copied (the caller's stay untouched); dataframes shared."""
    if isinstance(value, dict):
        return {k: v if k == "source" and _is_dataframe_like(v) else _copy_option(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(item, dict) for item in value):
        items = [_copy_option(item) for item in value]
        return items if isinstance(value, list) else tuple(items)
    return value


def normalize_spec(spec: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The option as a new dict (checked) and the Frames of its dataframe sources."""
    if isinstance(spec, str):
        option = parse_json_option(spec)
    elif isinstance(spec, Mapping):
        option = _copy_option(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = parse_json_option(spec.dump_options())
    else:
        raise StreamlitInvalidParameterTypeError("spec", type(spec).__name__, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise StreamlitInvalidParameterTypeError(
            "spec", type(option).__name__, ["dict"], detail="An ECharts spec must be a JSON object (mapping)."
        )
    check_supported(option)
    _warn_about_value_formatters(option)
    return option, convert_datasets(option)


# -- strict JSON ---------------------------------------------------------------


def _first_bad_value(value: Any, path: str) -> tuple[str, Any] | None:
    """Where the first value JSON cannot hold is, and the value (None: no one value)."""
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        children: Any = ((f"{path}.{k}" if path else str(k), v) for k, v in value.items())
    elif isinstance(value, (list, tuple)):
        children = ((f"{path}[{i}]", v) for i, v in enumerate(value))
    else:
        return path, value
    for child_path, child in children:
        found = _first_bad_value(child, child_path)
        if found is not None:
            return found
    return None


def _module_name(value: Any) -> str:
    return type(value).__module__.split(".")[0]


def _what_it_is(value: Any) -> str:
    """Streamlit's words for a value JSON cannot hold, with the fix."""
    if isinstance(value, float):
        shown = "NaN" if math.isnan(value) else repr(value)
        return f"`{shown}`. Use `None` for missing or non-finite numbers"
    kind = type(value)
    name = kind.__qualname__ if _module_name(value) == "builtins" else f"{_module_name(value)}.{kind.__qualname__}"
    described = f"a `{name}`"
    np, pd = sys.modules.get("numpy"), sys.modules.get("pandas")
    if np is not None and isinstance(value, (np.bool_, np.number)):
        return f"{described}. Convert it with `int()`, `float()`, or `bool()`"
    if pd is not None and (value is pd.NaT or value is pd.NA):
        return f"{described}. Use `None` for missing values"
    if isinstance(value, (dt.date, dt.time)):
        return f"{described}. Convert it with `.isoformat()`"
    if _is_dataframe_like(value):
        return f"{described}. Only `dataset.source` accepts dataframes and arrays, so pass the data there"
    if callable(value):
        return f'{described}. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    return f"{described}. Convert it to a plain Python value"


def option_json(option: dict[str, Any]) -> str:
    """The option as compact, strict JSON text; Streamlit's error otherwise."""
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as ex:
        try:
            bad = _first_bad_value(option, "")
        except RecursionError:
            bad = None
        detail = f" `{bad[0]}` is {_what_it_is(bad[1])}." if bad is not None else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} "
            "`st.echarts_chart` only supports JSON-compatible option objects. "
            "Pass chart data as a dataframe in `dataset.source`, which converts "
            "datetimes, NumPy values, and missing values automatically. Values "
            "anywhere else (for example `series.data`) must already be plain "
            "Python values such as `int`, `float`, `str`, `None`, lists, and "
            "dicts.",
            error_id="echarts-spec-not-json-serializable",
        ) from ex


# -- sizes ------------------------------------------------------------------------


def chart_dimension(value: Any, library_default: str, parameter: str) -> Any:
    """A pyecharts chart's own width/height: pixels, "stretch", or None (use ours)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else None
    if not isinstance(value, str) or not value.strip() or value.strip() == library_default:
        return None
    text = value.strip()
    if text == "100%":
        return "stretch"
    pixels = _PIXELS.match(text)
    if pixels:
        return int(float(pixels.group(1))) or None
    _LOGGER.warning(
        "The pyecharts chart passed to `st.echarts_chart` sets an unsupported `%s` of %r. Only "
        "pixel values and `100%%` are supported, so Streamlit's default is used instead. Set the "
        "`%s` parameter of `st.echarts_chart` to size the chart explicitly.",
        parameter,
        text,
        parameter,
    )
    return None


def resolve_size(value: Any, spec: Any, name: str) -> Any:
    """ "content" -> the pyecharts chart's own size, else Streamlit's fixed default."""
    if value != "content":
        return value
    default, fallback = (PYECHARTS_WIDTH, CONTENT_WIDTH) if name == "width" else (PYECHARTS_HEIGHT, CONTENT_HEIGHT)
    own = chart_dimension(getattr(spec, name, None), default, name)
    return fallback if own is None else own


# -- the command --------------------------------------------------------------


def validate_on_select(on_select: Any) -> Any:
    """The callback in ``on_select`` (None for "rerun"/"ignore"); Streamlit's error."""
    if callable(on_select):
        return on_select
    if isinstance(on_select, str) and on_select in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def echarts_chart(
    dg: "DeltaGenerator",
    spec: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    renderer: Any = "canvas",
    alt: Any = None,
) -> Any:
    from wasmlit.widgets.common import check_widget_policies, compute_widget_id, register_selection, to_key

    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    if renderer not in ("canvas", "svg"):
        raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
    callback = validate_on_select(on_select)
    key = to_key(key)
    selecting = on_select != "ignore"
    if selecting:
        check_widget_policies(
            dg, key, callback, default_value=None, writes_allowed=False, check_callback_rules=callback is not None
        )

    option, datasets = normalize_spec(spec)
    alt = normalize_alt(alt)
    if alt is not None:
        described = next(
            (
                d
                for v in option_variants(option)
                if isinstance(v.get("aria"), dict) and isinstance(v["aria"].get("label"), dict)
                for d in [v["aria"]["label"].get("description")]
                if isinstance(d, str) and d.strip()
            ),
            None,
        )
        if described:
            _LOGGER.warning(
                "The ECharts option already sets aria.label.description=%r. "
                "The alt=%r parameter overrides it for the accessible name.",
                described,
                alt,
            )
    if selecting and not enables_selection(option):
        _LOGGER.warning(
            "`st.echarts_chart` has selections activated through `on_select`, but the provided spec "
            "doesn't enable any: no series sets `selectedMode`, there is no `brush` component, and no "
            "`toolbox.feature.brush`. The chart will render, but it will never return a selection."
        )
    spec_json = option_json(option)

    element_id = None
    if selecting or key is not None:
        # Keyed: the key alone (plus whether it selects); unkeyed widget: every parameter.
        element_id = compute_widget_id(
            "echarts_chart",
            dg,
            user_key=key,
            key_as_main_identity={"is_selection_activated"} if selecting else True,
            spec=spec_json,
            theme=theme,
            renderer=renderer,
            width=width,
            height=height,
            is_selection_activated=selecting,
            alt=alt,
        )
    final_width = resolve_size(width, spec, "width")
    props: dict[str, Any] = {
        "spec": spec_json,
        "datasets": datasets,
        "theme": theme or "",
        "renderer": renderer,
        "width": final_width,
        "height": resolve_size(height, spec, "height"),
        "alt": alt,
        "key": key,
        "elementId": element_id,
        "selectionActivated": selecting,
    }
    if isinstance(final_width, int):
        # The element container is that wide (at most the column's width), as in Streamlit.
        props["layout"] = {"width": final_width}
    if not selecting:
        return dg._enqueue("echartsChart", props)

    assert element_id is not None  # a selecting chart always has one
    serde = EChartsSelectionSerde()
    state = register_selection(
        element_id,
        user_key=key,
        deserializer=serde.deserialize,
        serializer=serde.serialize,
        on_change=callback,
    )
    dg._enqueue(
        "echartsChart",
        {
            **props,
            "id": element_id,
            "formId": dg._form,
            "value": serde.serialize(state.value),
            "setValue": state.value_changed,
        },
    )
    return state.value
