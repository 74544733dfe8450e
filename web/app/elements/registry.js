// One entry per element type: what draws it and how Streamlit 1.67 sizes its
// container. Everything else the page knows about a type derives from here
// (lazy.js: loaders and stylesheets; layout/element-container.js: the width
// and height attributes); whether a type is a widget or a one-shot trigger
// comes from the protocol (WIDGET_TYPES / TRIGGER_TYPES in protocol/messages.js,
// generated from py/wasmlit/protocol_props.py), not from here.
//
// An entry has either `component` (in the page's first download) or `load`
// (a separate chunk, loaded the first time a run sends one: elements/lazy.js),
// and may have:
//   css     lazy stylesheets it needs (names in stylesheets.js), adopted when it loads;
//   width   (props) => the container's `width` attribute when the script set no
//           `layout.width` (default "100%");
//   height  (props) => the container's `height` attribute (default "auto").
import { AlertElement } from "./alert.js";
import { CodeElement } from "./code.js";
import { EmptyElement } from "./empty.js";
import { Heading } from "./heading.js";
import { MarkdownElement } from "./markdown.js";
import { ProgressElement } from "./progress.js";
import { SpinnerElement } from "./spinner.js";
import { TextElement } from "./text.js";
import { ButtonWidget } from "../widgets/button.js";
import { CheckboxWidget } from "../widgets/checkbox.js";
import { NumberInputWidget } from "../widgets/number-input.js";
import { RadioWidget } from "../widgets/radio.js";
import { SelectboxWidget } from "../widgets/selectbox.js";
import { SliderWidget } from "../widgets/slider.js";
import { TextAreaWidget } from "../widgets/text-area.js";
import { TextInputWidget } from "../widgets/text-input.js";
import { LinkButtonWidget } from "../widgets/link-button.js";
import { PageLinkElement } from "./page-link.js";

/**
 * @typedef {object} ElementEntry
 * @property {import("preact").ComponentType<any>} [component] in the first download
 * @property {() => Promise<import("preact").ComponentType<any>>} [load] a lazy chunk's loader
 * @property {import("./stylesheets.js").StylesheetName[]} [css] lazy stylesheets it needs
 * @property {(props: any) => string} [width] the container's width when `layout.width` is unset
 * @property {(props: any) => string} [height] the container's height
 */

// Width rules shared by several types.
const fitContent = () => "fit-content";
const auto = () => "auto";
/** st.button and its kin: `use_container_width` stretches them, otherwise as wide as their content. */
const containerWidthOrFit = (props) => (props.useContainerWidth ? "100%" : "fit-content");
/** A `width` prop in pixels, otherwise the container's width. */
const pixelsOrStretch = (props) => (typeof props.width === "number" ? `${props.width}px` : "100%");

/** @type {Record<string, ElementEntry>} */
export const ELEMENT_REGISTRY = {
  // In the first download.
  heading: { component: Heading },
  markdown: { component: MarkdownElement },
  text: { component: TextElement, width: fitContent },
  code: { component: CodeElement },
  alert: { component: AlertElement },
  empty: { component: EmptyElement },
  progress: { component: ProgressElement },
  spinner: { component: SpinnerElement, width: fitContent },
  button: { component: ButtonWidget, width: containerWidthOrFit },
  checkbox: { component: CheckboxWidget, width: fitContent },
  textInput: { component: TextInputWidget },
  textArea: { component: TextAreaWidget },
  numberInput: { component: NumberInputWidget },
  slider: { component: SliderWidget },
  selectbox: { component: SelectboxWidget },
  radio: { component: RadioWidget, width: fitContent },
  linkButton: { component: LinkButtonWidget, width: containerWidthOrFit },
  pageLink: { component: PageLinkElement, width: containerWidthOrFit },
  // Lazy chunks.
  json: { load: () => import("./json.js").then((m) => m.JsonElement) },
  exception: { load: () => import("./exception.js").then((m) => m.ExceptionElement), css: ["exception"] },
  iframe: { load: () => import("./iframe.js").then((m) => m.IFrameElement), width: pixelsOrStretch },
  space: { load: () => import("./space.js").then((m) => m.SpaceElement) },
  dataframe: { load: () => import("./dataframe.js").then((m) => m.DataFrameElement), css: ["data"] },
  dataEditor: { load: () => import("../widgets/data-editor.js").then((m) => m.DataEditorWidget), css: ["data"] },
  table: { load: () => import("./table.js").then((m) => m.TableElement), css: ["data"] },
  vegaLiteChart: { load: () => import("./vega-chart.js").then((m) => m.VegaLiteChartElement), css: ["data"] },
  plotlyChart: {
    load: () => import("./plotly-chart.js").then((m) => m.PlotlyChartElement),
    css: ["figureCharts"],
    width: pixelsOrStretch,
  },
  echartsChart: {
    load: () => import("./echarts-chart.js").then((m) => m.EChartsChartElement),
    // data: its "Show data" table.
    css: ["figureCharts", "data"],
    width: pixelsOrStretch,
    height: (props) => (typeof props.height === "number" ? `${props.height}px` : props.height === "stretch" ? "100%" : "auto"),
  },
  graphvizChart: {
    load: () => import("./graphviz-chart.js").then((m) => m.GraphvizChartElement),
    css: ["figureCharts"],
    width: (props) => (props.width === "content" ? "fit-content" : pixelsOrStretch(props)),
  },
  deckGlJsonChart: {
    load: () => import("./deck-chart.js").then((m) => m.DeckGlJsonChartElement),
    css: ["figureCharts"],
    width: pixelsOrStretch,
  },
  metric: { load: () => import("./metric.js").then((m) => m.MetricElement), css: ["metric"] },
  html: { load: () => import("./html.js").then((m) => m.HtmlElement) },
  help: { load: () => import("./help-info.js").then((m) => m.HelpElement), css: ["help"] },
  balloons: { load: () => import("./celebration.js").then((m) => m.BalloonsElement), css: ["celebration"], width: auto },
  snow: { load: () => import("./celebration.js").then((m) => m.SnowElement), css: ["celebration"], width: auto },
  timeInput: { load: () => import("../widgets/time-input.js").then((m) => m.TimeInputWidget) },
  multiselect: { load: () => import("../widgets/multiselect.js").then((m) => m.MultiselectWidget), css: ["multiselect"] },
  dateInput: { load: () => import("../widgets/date-input.js").then((m) => m.DateInputWidget), css: ["dateInput"] },
  colorPicker: {
    load: () => import("../widgets/color-picker.js").then((m) => m.ColorPickerWidget),
    css: ["colorPicker"],
    width: fitContent,
  },
  buttonGroup: {
    load: () => import("../widgets/button-group.js").then((m) => m.ButtonGroupWidget),
    css: ["buttonGroup"],
    width: fitContent,
  },
  feedback: { load: () => import("../widgets/feedback.js").then((m) => m.FeedbackWidget), css: ["feedback"], width: fitContent },
  pagination: { load: () => import("../widgets/pagination.js").then((m) => m.PaginationWidget), css: ["pagination"] },
  fileUploader: {
    load: () => import("../widgets/file-uploader.js").then((m) => m.FileUploaderWidget),
    css: ["fileUploader"],
  },
  downloadButton: {
    load: () => import("../widgets/download-button.js").then((m) => m.DownloadButtonWidget),
    width: containerWidthOrFit,
  },
  chatInput: { load: () => import("../widgets/chat-input.js").then((m) => m.ChatInputWidget), css: ["chatInput"] },
  image: {
    load: () => import("./image.js").then((m) => m.ImageElement),
    css: ["media"],
    width: (props) => (props.width === "stretch" ? "100%" : "auto"),
  },
  audio: { load: () => import("./media-player.js").then((m) => m.AudioElement), css: ["media"] },
  video: { load: () => import("./media-player.js").then((m) => m.VideoElement), css: ["media"] },
  componentInstance: {
    load: () => import("./custom-component.js").then((m) => m.CustomComponentElement),
    css: ["components"],
  },
  bidiComponent: { load: () => import("./bidi-component.js").then((m) => m.BidiComponentElement), css: ["components"] },
  cameraInput: { load: () => import("../widgets/camera-input.js").then((m) => m.CameraInputWidget), css: ["mediaInput"] },
  audioInput: { load: () => import("../widgets/audio-input.js").then((m) => m.AudioInputWidget), css: ["mediaInput"] },
  dateTimeInput: {
    load: () => import("../widgets/datetime-input.js").then((m) => m.DateTimeInputWidget),
    css: ["dateInput", "dateTimeInput"],
  },
  menuButton: {
    load: () => import("../widgets/menu-button.js").then((m) => m.MenuButtonWidget),
    css: ["menuButton"],
    width: (props) => (props.width === "stretch" ? "100%" : typeof props.width === "number" ? `${props.width}px` : "fit-content"),
  },
  skeleton: {
    load: () => import("./skeleton.js").then((m) => m.SkeletonElement),
    css: ["skeleton"],
    width: pixelsOrStretch,
    height: (props) => (typeof props.height === "number" ? `${props.height}px` : "auto"),
  },
  pdf: { load: () => import("./pdf-viewer.js").then((m) => m.PdfElement) },
};

/** A `layout.width` ("stretch" | "content" | pixels) as Streamlit 1.67's container attribute. */
export function widthAttribute(width) {
  if (typeof width === "number") return `${width}px`;
  return width === "content" ? "fit-content" : "100%";
}

/** The `width` attribute Streamlit 1.67 puts on the element container. */
export function containerWidth(type, props) {
  // props.layout (py/wasmlit/elements/layout_checks.py) holds what the script
  // set apart from the element's default.
  if (props.layout?.width !== undefined) return widthAttribute(props.layout.width);
  return ELEMENT_REGISTRY[type]?.width?.(props) ?? "100%";
}

/** The `height` attribute Streamlit 1.67 puts on the element container. */
export function containerHeight(type, props) {
  return ELEMENT_REGISTRY[type]?.height?.(props) ?? "auto";
}
