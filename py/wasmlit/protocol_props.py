"""The props of every element and block type on the wire, as typed Python.

One TypedDict per node type, tagged in ``ELEMENT_PROPS`` / ``BLOCK_PROPS`` by
the node's ``type``; a string literal under a field documents it. This is the
single source of truth: scripts/gen_protocol.py writes the JavaScript side
(protocol/schema.js: JSDoc typedefs and the lists of types) from it, and the
CPython tests check every node the runtime emits against it
(py/tests/conftest.py, wasmlit.protocol_check).

Every node may also carry ``key`` (the user key, or None): keyed nodes get the
class ``st-key-<key>`` on their element container.
"""

from typing import Any, Literal, NotRequired, TypedDict

# -- shared shapes -----------------------------------------------------------

Width = int | float | Literal["stretch", "content"]
StretchOrPixels = int | float | Literal["stretch"]
ButtonKind = Literal["primary", "secondary", "tertiary"]
LabelVisibility = Literal["visible", "hidden", "collapsed"]
# A widget's value as the page keeps it: bool, number, string, list, object or None.
WidgetValue = Any


class FrameColumnValues(TypedDict):
    name: str
    type: Literal["integer", "float", "bool", "string", "datetime", "date", "time", "timedelta", "object", "empty"]
    values: list[Any]
    """JSON values: NaN/±inf -> null, datetimes "YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]",
    dates "YYYY-MM-DD", times "HH:MM:SS", timedeltas and other objects -> str()."""


class FrameRange(TypedDict):
    """A default 0..n-1 index, without values."""

    name: Literal[""]
    type: Literal["range"]
    start: int | float
    step: int | float


FrameColumn = FrameColumnValues | FrameRange


class Frame(TypedDict):
    """Tabular data in columnar, JSON-safe form (py/wasmlit/elements/frame.py)."""

    numRows: int
    index: list[FrameColumn]
    """The index levels."""
    columns: list[FrameColumn]


class MediaSource(TypedDict):
    """Media the page loads: a URL as is, or bytes it turns into a Blob URL (both None: no media)."""

    url: str | None
    data: str | None
    """The bytes, base64."""
    mime: str


class UploadedFileInfo(TypedDict):
    """A file the page sent in an `upload` message before the rerun that lists it."""

    fileId: str
    name: str
    type: str
    """MIME type."""
    size: int


class Layout(TypedDict, total=False):
    """A node's `layout` prop: only what differs from the element's defaults (which the page applies)."""

    width: Any
    """A number (px), "stretch" or "content"."""
    height: Any
    textAlignment: str


class WidgetProps(TypedDict):
    """On every widget node. The page adopts `value` when it has no value of its
    own for `id` or when `setValue` is true; `default` is what a clear_on_submit
    form resets the widget to."""

    id: str
    key: str | None
    formId: str
    """The enclosing form's id, "" outside forms."""
    label: str
    """Markdown."""
    labelVisibility: LabelVisibility
    help: str | None
    disabled: bool
    value: WidgetValue
    default: WidgetValue
    setValue: bool
    bind: NotRequired[dict[str, Any] | None]
    """bind="query-params": how the value follows the URL's query parameter."""
    ignoreRerun: NotRequired[bool]
    """on_change="ignore": a change reruns nothing."""
    required: NotRequired[bool]
    wrap: NotRequired[bool | None]
    """Whether the label wraps."""


class SelectionWidgetProps(TypedDict):
    """The widget part of a selectable chart or dataframe (on_select)."""

    id: NotRequired[str]
    formId: NotRequired[str]
    value: NotRequired[WidgetValue]
    """JSON text of {"selection": {...}} (the wire string_value)."""
    default: NotRequired[WidgetValue]
    setValue: NotRequired[bool]
    selectionMode: NotRequired[list[str]]


# -- elements ----------------------------------------------------------------


class HeadingProps(TypedDict):
    tag: Literal["h1", "h2", "h3"]
    body: str
    """Markdown."""
    anchor: str | bool | None
    """False: no anchor link."""
    help: str | None
    divider: str | None
    """A colour name, or None for no divider."""
    icon: NotRequired[str | None]
    wrap: NotRequired[bool]
    width: NotRequired[Width]


class MarkdownProps(TypedDict):
    body: str
    unsafeAllowHtml: bool
    isCaption: bool
    help: str | None
    kind: NotRequired[Literal["divider", "latex", "badge"]]
    """st.divider, st.latex, st.badge: shown as markdown (st.badge as ":color-badge[...]")."""
    hideAnchors: NotRequired[bool]
    wrap: NotRequired[bool]
    width: NotRequired[Width]


class TextProps(TypedDict):
    body: str
    help: str | None
    wrap: NotRequired[bool]
    width: NotRequired[Width]


class CodeProps(TypedDict):
    body: str
    language: str | None
    lineNumbers: bool
    wrapLines: bool
    height: NotRequired[int | Literal["content", "stretch"] | None]
    width: NotRequired[Width]


class JsonProps(TypedDict):
    body: str
    """JSON text."""
    expanded: bool | int
    width: NotRequired[Width]


class AlertProps(TypedDict):
    body: str
    """Markdown."""
    format: Literal["error", "warning", "info", "success"]
    icon: str | None
    title: NotRequired[str | None]
    width: NotRequired[Width]


class ExceptionProps(TypedDict):
    type: str
    message: str
    messageIsMarkdown: bool
    stackTrace: list[str]
    isWarning: bool
    showErrorLinks: NotRequired[Literal["auto", "true", "false"]]
    """client.showErrorLinks: whether the page offers "Ask Google" / "Ask ChatGPT" links."""
    width: NotRequired[Width]


class EmptyProps(TypedDict):
    """st.empty() and transient placeholders."""


class ProgressProps(TypedDict):
    value: int
    """0..100."""
    text: str | None
    """Markdown."""
    width: NotRequired[Width]


class SpinnerProps(TypedDict):
    text: str
    """Markdown."""
    showTime: bool
    width: NotRequired[Width]


class ToastProps(TypedDict):
    """Root 2 (events) only; a delta at the same path updates the toast in place."""

    body: str
    """Markdown."""
    icon: str | None
    duration: int | float
    """Seconds; 0 = until dismissed."""


class ColumnSettings(TypedDict, total=False):
    label: str
    width: int | float
    help: str
    hidden: bool
    alignment: Literal["left", "center", "right"]
    format: str
    """printf-style ("%.2f") or a preset ("plain", "localized", "percent", "dollar", ...)."""
    pinned: bool
    typeConfig: dict[str, Any]
    """{type: "number"|"text"|"link"|..., and that type's options as st.column_config.*Column sets them}."""


class DataframeProps(SelectionWidgetProps):
    data: Frame
    width: Width
    height: int | float | Literal["auto", "content", "stretch"]
    hideIndex: bool | None
    columnOrder: list[str] | None
    columnConfig: dict[str, ColumnSettings]
    rowHeight: int | float | None
    placeholder: str | None
    alt: NotRequired[str | None]
    key: NotRequired[str | None]
    useContainerWidth: NotRequired[bool]


class DataEditorProps(DataframeProps):
    """st.data_editor: a widget; value is JSON text {"edited_rows", "added_rows", "deleted_rows"}."""

    label: NotRequired[str]
    labelVisibility: NotRequired[LabelVisibility]
    help: NotRequired[str | None]
    disabled: bool

    editingMode: Literal["fixed", "dynamic", "add", "delete"]
    editing: dict[str, dict[str, Any]]
    """Per column: {kind, disabled?, required?, default?, min?, max?, step?}."""
    ignoreRerun: bool


class TableProps(TypedDict):
    data: Frame
    border: Literal["all", "none", "horizontal"] | bool
    hideIndex: bool | None
    hideHeader: bool
    width: Width
    height: int | float | Literal["stretch", "content"]
    alt: str | None


class NamedDataset(TypedDict):
    name: str
    data: Frame


class VegaLiteChartProps(SelectionWidgetProps):
    """st.line_chart/area_chart/bar_chart/scatter_chart/vega_lite_chart/altair_chart."""

    spec: str
    """Vega-Lite JSON without its tabular data."""
    data: Frame | None
    datasets: list[NamedDataset]
    width: Width | None
    height: int | float | Literal["stretch", "content"] | None
    useContainerWidth: bool
    theme: Literal["streamlit"] | None
    alt: NotRequired[str | None]
    key: NotRequired[str | None]


class PlotlyChartProps(SelectionWidgetProps):
    spec: str
    """Plotly's figure JSON; colours of Streamlit's template are placeholders the page replaces."""
    config: str
    """JSON."""
    theme: Literal["streamlit", ""]
    width: StretchOrPixels
    height: StretchOrPixels
    useContainerWidth: bool
    alt: str | None
    key: str | None
    elementId: str


class EChartsChartProps(SelectionWidgetProps):
    """st.echarts_chart; a widget (id set) with on_select."""

    spec: str
    """The ECharts option, JSON; a dataframe source reads {"name": <a datasets name>}."""
    datasets: list[NamedDataset]
    """The dataframe-like dataset.source values, by name (columns only: the index is not data)."""
    theme: Literal["streamlit", ""]
    renderer: Literal["canvas", "svg"]
    width: StretchOrPixels
    height: StretchOrPixels
    """"content" is resolved in Python (350, or a pyecharts chart's own height)."""
    alt: str | None
    """ECharts' aria.label.description (the chart's accessible name)."""
    key: str | None
    elementId: str | None
    """Set for keyed charts and widgets: the chart keeps its instance across reruns."""
    selectionActivated: bool


class GraphvizChartProps(TypedDict):
    spec: str
    """DOT."""
    engine: str
    elementId: str
    """The chart div's id is "st-graphviz-chart-<elementId>"."""
    width: Width
    height: int | float | Literal["stretch", "content"]
    alt: str | None


class DeckGlJsonChartProps(SelectionWidgetProps):
    """st.pydeck_chart, st.map."""

    json: str
    tooltip: str
    """JSON {html|text, style}, "" for none."""
    mapboxToken: str | None
    defaultMapStyle: str | None
    width: StretchOrPixels
    height: StretchOrPixels
    useContainerWidth: bool
    alt: str | None
    key: NotRequired[str | None]


class MetricProps(TypedDict):
    label: str
    body: str
    """The value text, "—" for None."""
    delta: str
    """"" = none."""
    format: str | None
    """printf-style: the page shows valueNumber/deltaNumber with it (strings are shown as given)."""
    valueNumber: int | float | None
    deltaNumber: int | float | None
    color: Literal["green", "red", "gray", "orange", "yellow", "blue", "violet", "primary"]
    direction: Literal["up", "down", "none"]
    help: str | None
    icon: str | None
    labelVisibility: LabelVisibility
    border: bool
    chartData: list[int | float]
    chartType: Literal["line", "bar", "area"]
    deltaDescription: str | None
    width: NotRequired[Width]
    height: NotRequired[int | Literal["content", "stretch"]]


class HtmlProps(TypedDict):
    body: str
    """Raw HTML; the page sanitises it."""
    styleOnly: bool
    unsafeAllowJavascript: bool
    width: NotRequired[Width]


class SpaceProps(TypedDict):
    size: str
    """A CSS length, or "stretch"."""


class IframeProps(TypedDict):
    src: str | None
    srcdoc: str | None
    """HTML; wins over src."""
    width: Width
    height: int | float | Literal["stretch", "content"]
    scrolling: bool
    tabIndex: int | None
    alt: str | None


class HelpMember(TypedDict):
    name: str
    type: str
    value: str | None
    docString: str | None


class HelpProps(TypedDict):
    """st.help; st.write of a function, class or module."""

    name: str | None
    type: str
    value: str | None
    docString: str | None
    members: list[HelpMember]


class CelebrationProps(TypedDict):
    """st.balloons / st.snow: a one-off animation."""

    runId: int
    """Makes each run's call a new node, so it plays again."""


class ImageItem(TypedDict):
    url: str | None
    data: str | None
    mime: str
    caption: str | None
    alt: str | None


class ImageProps(TypedDict):
    images: list[ImageItem]
    width: Width
    link: NotRequired[str | None]


class AudioProps(TypedDict):
    src: MediaSource
    startTime: int | float
    endTime: int | float | None
    loop: bool
    autoplay: bool
    alt: NotRequired[str | None]
    width: StretchOrPixels


class Subtitle(TypedDict):
    label: str
    vtt: str
    """WebVTT text."""


class VideoProps(AudioProps):
    muted: bool
    subtitles: list[Subtitle]
    """The first is on by default."""


class SkeletonProps(TypedDict):
    height: int | float | Literal["stretch"] | None
    """None: the standard element height."""
    width: StretchOrPixels
    delayMs: NotRequired[int]
    """As a context manager: show only after this long."""


class PdfProps(TypedDict):
    elementId: str
    key: str | None
    src: MediaSource
    height: StretchOrPixels
    alt: str | None


class PageLinkProps(TypedDict):
    page: str
    """An external URL, or the page's URL pathname."""
    pageScriptHash: str
    queryString: str
    label: str
    icon: str | None
    help: str | None
    disabled: bool
    external: bool
    useContainerWidth: bool | None
    width: NotRequired[Width]


# -- widgets -----------------------------------------------------------------


class ButtonProps(WidgetProps):
    """value: a trigger (True in one rerun)."""

    kind: ButtonKind
    isFormSubmitter: bool
    useContainerWidth: bool
    icon: str | None
    iconPosition: NotRequired[str]
    width: NotRequired[Width]
    shortcut: NotRequired[str | None]


class CheckboxProps(WidgetProps):
    style: Literal["checkbox", "toggle"]
    width: NotRequired[Width]


class TextInputProps(WidgetProps):
    maxChars: int | None
    inputType: Literal["default", "password"]
    placeholder: str
    autocomplete: str
    width: NotRequired[Width]
    icon: NotRequired[str | None]
    liveDebounceMs: NotRequired[int | None]
    """live=True: the value is sent while typing, after this pause."""
    validateRegex: NotRequired[str | None]
    validateMessage: NotRequired[str | None]


class TextAreaProps(WidgetProps):
    maxChars: int | None
    height: int | float | Literal["content", "stretch"] | None
    placeholder: str
    width: NotRequired[Width]


class NumberInputProps(WidgetProps):
    min: int | float | None
    max: int | float | None
    step: int | float
    format: str | None
    dataType: Literal["int", "float"]
    placeholder: str | None
    width: NotRequired[Width]
    icon: NotRequired[str | None]


class SliderProps(WidgetProps):
    """Also st.select_slider: options non-empty, min 0, max len(options)-1, step 1."""

    min: int | float
    max: int | float
    step: int | float
    format: str | None
    dataType: Literal["int", "float", "date", "time", "datetime"]
    options: list[str]
    """select_slider's labels, else []."""
    formattedValues: list[str]
    width: NotRequired[Width]


class SelectboxProps(WidgetProps):
    """value: the formatted option label, or None."""

    options: list[str]
    placeholder: str
    acceptNewOptions: NotRequired[bool]
    icon: NotRequired[str | None]
    filterMode: NotRequired[str | None]
    width: NotRequired[Width]


class RadioProps(WidgetProps):
    options: list[str]
    horizontal: bool
    captions: list[str]
    width: NotRequired[Width]


class TimeInputProps(WidgetProps):
    """value: "HH:MM" or None."""

    step: int | float
    """Seconds."""
    format: NotRequired[str | None]
    width: NotRequired[Width]


class MultiselectProps(WidgetProps):
    options: list[str]
    placeholder: str
    maxSelections: int
    """0 = no limit."""
    acceptNewOptions: bool
    selectAll: NotRequired[int]
    """-1 always, 0 never, N: offer "Select all" when at most N options are selectable."""
    filterMode: NotRequired[str | None]
    width: NotRequired[Width]


class DateInputProps(WidgetProps):
    """value: ISO "YYYY-MM-DD" dates ([] = none; a range holds 1 or 2)."""

    min: str
    max: str
    format: str
    isRange: bool
    required: NotRequired[bool]
    width: NotRequired[Width]


class ColorPickerProps(WidgetProps):
    """value: "#rrggbb"."""

    width: NotRequired[Width]


class ButtonGroupProps(WidgetProps):
    """st.pills / st.segmented_control; value: the selected labels."""

    options: list[str]
    style: Literal["pills", "segmented_control"]
    selectionMode: Literal["single", "multi"]
    required: NotRequired[bool]
    width: NotRequired[Width]


class FeedbackProps(WidgetProps):
    """value: "N" = option index N, "" = none."""

    feedbackType: Literal["thumbs", "faces", "stars"]
    width: NotRequired[Width]


class FileUploaderProps(WidgetProps):
    """value: UploadedFileInfo[]."""

    accept: list[str]
    multiple: bool
    directory: NotRequired[bool]
    maxUploadSizeMb: int | float
    ignoreRerun: NotRequired[bool]
    width: NotRequired[Width]


class DownloadButtonProps(WidgetProps):
    kind: ButtonKind
    icon: str | None
    useContainerWidth: bool
    fileName: str
    mime: str
    data: str
    """The file, base64."""
    iconPosition: NotRequired[str]
    shortcut: NotRequired[str | None]
    width: NotRequired[Width]


class LinkButtonProps(TypedDict):
    """With on_click="ignore" a plain element (id None, no value)."""

    url: str
    kind: ButtonKind
    icon: str | None
    useContainerWidth: bool
    ignoreRerun: NotRequired[bool]
    label: str
    help: str | None
    disabled: bool
    id: NotRequired[str | None]
    key: NotRequired[str | None]
    formId: NotRequired[str]
    labelVisibility: NotRequired[LabelVisibility]
    value: NotRequired[WidgetValue]
    default: NotRequired[WidgetValue]
    setValue: NotRequired[bool]
    wrap: NotRequired[bool | None]
    iconPosition: NotRequired[str]
    shortcut: NotRequired[str | None]
    width: NotRequired[Width]


class ChatInputProps(WidgetProps):
    """value: a trigger (the submitted text, or {text, files, audio?} with acceptFile/acceptAudio)."""

    placeholder: str
    maxChars: int | None
    position: Literal["bottom", "inline"]
    submitMode: NotRequired[Literal["submit", "disable", "stop"]]
    acceptFile: bool | Literal["multiple", "directory"]
    accept: list[str] | None
    maxUploadSizeMb: int | float
    acceptAudio: NotRequired[bool]
    audioSampleRate: NotRequired[int | None]
    width: NotRequired[Width]


class CameraInputProps(WidgetProps):
    resolutionHeight: NotRequired[int | None]
    width: StretchOrPixels


class AudioInputProps(WidgetProps):
    sampleRate: int | None
    width: StretchOrPixels


class DateTimeInputProps(WidgetProps):
    """value: ["YYYY-MM-DDTHH:MM"] or []."""

    min: str
    max: str
    format: str
    step: int | float
    width: StretchOrPixels


class PaginationProps(WidgetProps):
    """st.pagination; value: the current page (1-based)."""

    numPages: int
    maxVisiblePages: int | None


class MenuButtonProps(WidgetProps):
    """value: a trigger (the picked option's label)."""

    options: list[str]
    kind: ButtonKind
    icon: str | None
    width: Width


class ComponentSpecialArg(TypedDict):
    key: str
    bytes: NotRequired[str]
    """Base64."""
    arrowDataframe: NotRequired[Frame]


class ComponentInstanceProps(TypedDict):
    """components.declare_component (custom components v1); value: {json} | {bytes: base64} |
    {dataframe: Frame}."""

    id: str
    key: str | None
    formId: str
    componentName: str
    """"<module>.<name>"."""
    url: str | None
    """url=."""
    frontendUrl: str | None
    """The path= folder in the site, site-relative, "/"-ended; None with a path: the site
    lacks it (Streamlit's warning)."""
    path: str | None
    jsonArgs: str
    """JSON."""
    specialArgs: list[ComponentSpecialArg]
    tabIndex: int | None
    value: WidgetValue
    default: WidgetValue
    setValue: bool


class BidiComponentProps(TypedDict):
    """st.components.v2; value: the state object (setStateValue); a trigger is sent under
    aggregatorId as [{event, value}] in that one rerun only."""

    id: str
    key: str | None
    formId: str
    componentName: str
    isolateStyles: bool
    htmlContent: str
    cssContent: str
    jsContent: str
    """Inline."""
    cssUrl: str | None
    """A package's file-backed asset in the site, site-relative."""
    jsUrl: str | None
    data: dict[str, Any] | None
    """{json} | {bytes: base64} | {arrow: Frame} | {mixed: {json, arrowBlobs}}."""
    width: Any
    height: Any
    aggregatorId: str
    """The trigger widget's id."""
    value: WidgetValue
    default: WidgetValue
    setValue: bool


# -- blocks ------------------------------------------------------------------


class VerticalProps(TypedDict):
    """st.container (the roots are implicit); an @st.fragment's container carries fragmentId."""

    border: bool | None
    height: int | float | Literal["content", "stretch"] | None
    fragmentId: NotRequired[str]
    key: NotRequired[str | None]
    horizontal: NotRequired[bool]
    """st.container(horizontal=True): children in a row."""
    align: NotRequired[str | None]
    justify: NotRequired[str | None]
    wrap: NotRequired[bool | None]
    autoscroll: NotRequired[bool | None]
    width: NotRequired[Width]
    gap: NotRequired[str | int | None]
    horizontalAlignment: NotRequired[str]
    verticalAlignment: NotRequired[str]


class HorizontalProps(TypedDict):
    gap: Literal["small", "medium", "large"] | None
    verticalAlignment: Literal["top", "center", "bottom"]
    wrap: NotRequired[bool | None]
    key: NotRequired[str | None]
    width: NotRequired[Width]
    horizontalAlignment: NotRequired[str]
    border: NotRequired[bool | None]
    height: NotRequired[int | float | Literal["content", "stretch"] | None]


class ColumnProps(TypedDict):
    weight: int | float
    gap: str | None
    verticalAlignment: str
    border: bool


class FormProps(TypedDict):
    formId: str
    clearOnSubmit: bool
    enterToSubmit: bool
    border: bool
    key: NotRequired[str | None]
    width: NotRequired[Width]
    height: NotRequired[int | float | Literal["content", "stretch"] | None]


class ChatMessageProps(TypedDict):
    name: str
    avatarType: Literal["icon", "emoji", "image"]
    avatar: str
    """"user"|"assistant"|":material/x:"|"" for an icon; the emoji; an image URL."""
    width: NotRequired[Width]


class StatefulContainerProps(TypedDict):
    """tabs, expander and popover created with on_change are widgets too."""

    id: NotRequired[str]
    formId: NotRequired[str]
    value: NotRequired[WidgetValue]
    default: NotRequired[WidgetValue]
    setValue: NotRequired[bool]


class ExpanderProps(StatefulContainerProps):
    """st.expander; st.status sets state. expanded None on a re-put keeps the user's choice."""

    label: str
    expanded: bool | None
    icon: str | None
    state: Literal["running", "complete", "error"] | None
    key: str | None
    type: NotRequired[str]
    """st.expander's type ("compact"; absent: the default)."""
    width: NotRequired[Width]


class TabsProps(StatefulContainerProps):
    """Its children are `tab` blocks, one per label; `default` is the index shown first."""

    labels: list[str]
    height: int | float | None
    key: str | None
    width: NotRequired[Width]


class TabProps(TypedDict):
    label: str


class PopoverProps(StatefulContainerProps):
    label: str
    kind: ButtonKind
    help: str | None
    icon: str | None
    disabled: bool
    stretch: bool
    key: str | None
    wrap: NotRequired[bool | None]
    width: NotRequired[Width]


class GridProps(TypedDict):
    """st.grid: its children are `gridCell` blocks."""

    columns: Any
    minColumnWidth: Any
    wrap: Any
    rowGap: Any
    columnGap: Any
    verticalAlignment: str
    border: Any
    rowHeight: Any
    dense: bool
    key: str | None


class GridCellProps(TypedDict, total=False):
    """One cell of an st.grid."""

    columnSpan: Any
    rowSpan: Any


class DialogProps(TypedDict):
    """@st.dialog: put at the end of the main root; a new openedIn reopens it."""

    title: str
    width: Literal["small", "medium", "large"] | int
    position: NotRequired[Literal["left", "center", "right"]]
    dismissible: bool
    icon: NotRequired[str | None]
    openedIn: int
    """The run id."""


ELEMENT_PROPS: dict[str, type] = {
    "heading": HeadingProps,
    "markdown": MarkdownProps,
    "text": TextProps,
    "code": CodeProps,
    "json": JsonProps,
    "alert": AlertProps,
    "exception": ExceptionProps,
    "empty": EmptyProps,
    "progress": ProgressProps,
    "spinner": SpinnerProps,
    "toast": ToastProps,
    "dataframe": DataframeProps,
    "dataEditor": DataEditorProps,
    "table": TableProps,
    "vegaLiteChart": VegaLiteChartProps,
    "plotlyChart": PlotlyChartProps,
    "echartsChart": EChartsChartProps,
    "graphvizChart": GraphvizChartProps,
    "deckGlJsonChart": DeckGlJsonChartProps,
    "metric": MetricProps,
    "html": HtmlProps,
    "space": SpaceProps,
    "iframe": IframeProps,
    "help": HelpProps,
    "balloons": CelebrationProps,
    "snow": CelebrationProps,
    "image": ImageProps,
    "audio": AudioProps,
    "video": VideoProps,
    "skeleton": SkeletonProps,
    "pdf": PdfProps,
    "pageLink": PageLinkProps,
    "button": ButtonProps,
    "checkbox": CheckboxProps,
    "textInput": TextInputProps,
    "textArea": TextAreaProps,
    "numberInput": NumberInputProps,
    "slider": SliderProps,
    "selectbox": SelectboxProps,
    "radio": RadioProps,
    "timeInput": TimeInputProps,
    "multiselect": MultiselectProps,
    "dateInput": DateInputProps,
    "colorPicker": ColorPickerProps,
    "buttonGroup": ButtonGroupProps,
    "feedback": FeedbackProps,
    "fileUploader": FileUploaderProps,
    "downloadButton": DownloadButtonProps,
    "linkButton": LinkButtonProps,
    "chatInput": ChatInputProps,
    "cameraInput": CameraInputProps,
    "audioInput": AudioInputProps,
    "dateTimeInput": DateTimeInputProps,
    "menuButton": MenuButtonProps,
    "pagination": PaginationProps,
    "componentInstance": ComponentInstanceProps,
    "bidiComponent": BidiComponentProps,
}

# Node types that are widgets: the page keeps a value per id and sends it in every
# rerun (dataframe, plotlyChart, echartsChart, deckGlJsonChart and the stateful containers only
# when they carry an id: with on_select / on_change).
WIDGET_TYPES: tuple[str, ...] = (
    "button",
    "dataEditor",
    "dataframe",
    "plotlyChart",
    "echartsChart",
    "deckGlJsonChart",
    "tabs",
    "expander",
    "popover",
    "checkbox",
    "textInput",
    "textArea",
    "numberInput",
    "slider",
    "selectbox",
    "radio",
    "timeInput",
    "fileUploader",
    "downloadButton",
    "linkButton",
    "chatInput",
    "multiselect",
    "dateInput",
    "colorPicker",
    "buttonGroup",
    "feedback",
    "pagination",
    "componentInstance",
    "bidiComponent",
    "cameraInput",
    "audioInput",
    "dateTimeInput",
    "menuButton",
)

# Widgets whose value is a one-shot trigger (a click, a submitted chat message, a
# picked menu option): the page keeps no value for them; one rerun carries it.
TRIGGER_TYPES: tuple[str, ...] = ("button", "downloadButton", "linkButton", "chatInput", "menuButton")

BLOCK_PROPS: dict[str, type] = {
    "vertical": VerticalProps,
    "horizontal": HorizontalProps,
    "column": ColumnProps,
    "form": FormProps,
    "chatMessage": ChatMessageProps,
    "expander": ExpanderProps,
    "tabs": TabsProps,
    "tab": TabProps,
    "popover": PopoverProps,
    "dialog": DialogProps,
    "grid": GridProps,
    "gridCell": GridCellProps,
}
