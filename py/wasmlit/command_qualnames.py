"""The Streamlit 1.67 class that defines each DeltaGenerator command (its
``__qualname__``). Python names it in the TypeError for an unknown keyword
(``ButtonMixin.button() got an unexpected keyword argument 'x'``), so wasmlit's
commands carry the same qualified names as Streamlit's, whichever of wasmlit's
mixins defines them."""

from __future__ import annotations

import inspect
from typing import Any

# command -> the Streamlit 1.67 class that defines it
STREAMLIT_CLASS = {
    "altair_chart": "VegaChartsMixin",
    "area_chart": "VegaChartsMixin",
    "audio": "MediaMixin",
    "audio_input": "AudioInputMixin",
    "badge": "MarkdownMixin",
    "balloons": "BalloonsMixin",
    "bar_chart": "VegaChartsMixin",
    "button": "ButtonMixin",
    "camera_input": "CameraInputMixin",
    "caption": "MarkdownMixin",
    "chat_input": "ChatMixin",
    "chat_message": "ChatMixin",
    "checkbox": "CheckboxMixin",
    "code": "CodeMixin",
    "color_picker": "ColorPickerMixin",
    "columns": "LayoutsMixin",
    "container": "LayoutsMixin",
    "data_editor": "DataEditorMixin",
    "dataframe": "ArrowMixin",
    "date_input": "TimeWidgetsMixin",
    "datetime_input": "TimeWidgetsMixin",
    "divider": "MarkdownMixin",
    "download_button": "ButtonMixin",
    "echarts_chart": "EChartsMixin",
    "empty": "EmptyMixin",
    "error": "AlertMixin",
    "exception": "ExceptionMixin",
    "expander": "LayoutsMixin",
    "feedback": "FeedbackMixin",
    "file_uploader": "FileUploaderMixin",
    "form": "FormMixin",
    "form_submit_button": "FormMixin",
    "graphviz_chart": "GraphvizMixin",
    "grid": "LayoutsMixin",
    "header": "HeadingMixin",
    "help": "HelpMixin",
    "html": "HtmlMixin",
    "iframe": "IframeMixin",
    "image": "ImageMixin",
    "info": "AlertMixin",
    "json": "JsonMixin",
    "latex": "MarkdownMixin",
    "line_chart": "VegaChartsMixin",
    "link_button": "ButtonMixin",
    "map": "MapMixin",
    "markdown": "MarkdownMixin",
    "menu_button": "MenuButtonMixin",
    "mermaid_chart": "MermaidChartMixin",
    "metric": "MetricMixin",
    "multiselect": "MultiSelectMixin",
    "number_input": "NumberInputMixin",
    "page_link": "ButtonMixin",
    "pagination": "PaginationMixin",
    "pdf": "PdfMixin",
    "pills": "ButtonGroupMixin",
    "plotly_chart": "PlotlyMixin",
    "popover": "LayoutsMixin",
    "progress": "ProgressMixin",
    "pydeck_chart": "PydeckMixin",
    "pyplot": "PyplotMixin",
    "radio": "RadioMixin",
    "scatter_chart": "VegaChartsMixin",
    "segmented_control": "ButtonGroupMixin",
    "select_slider": "SelectSliderMixin",
    "selectbox": "SelectboxMixin",
    "skeleton": "SkeletonMixin",
    "slider": "SliderMixin",
    "snow": "SnowMixin",
    "space": "SpaceMixin",
    "spinner": "SpinnerMixin",
    "status": "LayoutsMixin",
    "subheader": "HeadingMixin",
    "success": "AlertMixin",
    "table": "TableMixin",
    "tabs": "LayoutsMixin",
    "text": "TextMixin",
    "text_area": "TextWidgetsMixin",
    "text_input": "TextWidgetsMixin",
    "time_input": "TimeWidgetsMixin",
    "title": "HeadingMixin",
    "toast": "ToastMixin",
    "toggle": "CheckboxMixin",
    "vega_lite_chart": "VegaChartsMixin",
    "video": "MediaMixin",
    "warning": "AlertMixin",
    "write": "WriteMixin",
    "write_stream": "WriteMixin",
}


def apply_streamlit_qualnames(cls: type[Any]) -> None:
    """Gives each command of ``cls`` (DeltaGenerator) Streamlit's qualified name."""
    for command, owner in STREAMLIT_CLASS.items():
        method = getattr(cls, command, None)
        if method is None:
            continue
        for function in {method, inspect.unwrap(method)}:
            function.__qualname__ = f"{owner}.{command}"
