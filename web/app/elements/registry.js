// Node type -> component, and how wide Streamlit makes each element's container.
// ELEMENTS are in the page's first download; LAZY_ELEMENTS (less common, or
// heavy) are separate chunks, loaded the first time a run sends one
// (elements/lazy.js).
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

export const ELEMENTS = {
  heading: Heading,
  markdown: MarkdownElement,
  text: TextElement,
  code: CodeElement,
  alert: AlertElement,
  empty: EmptyElement,
  progress: ProgressElement,
  spinner: SpinnerElement,
  button: ButtonWidget,
  checkbox: CheckboxWidget,
  textInput: TextInputWidget,
  textArea: TextAreaWidget,
  numberInput: NumberInputWidget,
  slider: SliderWidget,
  selectbox: SelectboxWidget,
  radio: RadioWidget,
  linkButton: LinkButtonWidget,
  pageLink: PageLinkElement,
};

/** Loaders of the components kept out of the first download. */
export const LAZY_ELEMENTS = {
  json: () => import("./json.js").then((m) => m.JsonElement),
  exception: () => import("./exception.js").then((m) => m.ExceptionElement),
  iframe: () => import("./iframe.js").then((m) => m.IFrameElement),
  space: () => import("./space.js").then((m) => m.SpaceElement),
  dataframe: () => import("./dataframe.js").then((m) => m.DataFrameElement),
  dataEditor: () => import("../widgets/data-editor.js").then((m) => m.DataEditorWidget),
  table: () => import("./table.js").then((m) => m.TableElement),
  vegaLiteChart: () => import("./vega-chart.js").then((m) => m.VegaLiteChartElement),
  plotlyChart: () => import("./plotly-chart.js").then((m) => m.PlotlyChartElement),
  graphvizChart: () => import("./graphviz-chart.js").then((m) => m.GraphvizChartElement),
  deckGlJsonChart: () => import("./deck-chart.js").then((m) => m.DeckGlJsonChartElement),
  metric: () => import("./metric.js").then((m) => m.MetricElement),
  html: () => import("./html.js").then((m) => m.HtmlElement),
  help: () => import("./help-info.js").then((m) => m.HelpElement),
  balloons: () => import("./celebration.js").then((m) => m.BalloonsElement),
  snow: () => import("./celebration.js").then((m) => m.SnowElement),
  timeInput: () => import("../widgets/time-input.js").then((m) => m.TimeInputWidget),
  multiselect: () => import("../widgets/multiselect.js").then((m) => m.MultiselectWidget),
  dateInput: () => import("../widgets/date-input.js").then((m) => m.DateInputWidget),
  colorPicker: () => import("../widgets/color-picker.js").then((m) => m.ColorPickerWidget),
  buttonGroup: () => import("../widgets/button-group.js").then((m) => m.ButtonGroupWidget),
  feedback: () => import("../widgets/feedback.js").then((m) => m.FeedbackWidget),
  pagination: () => import("../widgets/pagination.js").then((m) => m.PaginationWidget),
  fileUploader: () => import("../widgets/file-uploader.js").then((m) => m.FileUploaderWidget),
  downloadButton: () => import("../widgets/download-button.js").then((m) => m.DownloadButtonWidget),
  chatInput: () => import("../widgets/chat-input.js").then((m) => m.ChatInputWidget),
  image: () => import("./image.js").then((m) => m.ImageElement),
  audio: () => import("./media-player.js").then((m) => m.AudioElement),
  video: () => import("./media-player.js").then((m) => m.VideoElement),
  componentInstance: () => import("./custom-component.js").then((m) => m.CustomComponentElement),
  bidiComponent: () => import("./bidi-component.js").then((m) => m.BidiComponentElement),
  cameraInput: () => import("../widgets/camera-input.js").then((m) => m.CameraInputWidget),
  audioInput: () => import("../widgets/audio-input.js").then((m) => m.AudioInputWidget),
  dateTimeInput: () => import("../widgets/datetime-input.js").then((m) => m.DateTimeInputWidget),
  menuButton: () => import("../widgets/menu-button.js").then((m) => m.MenuButtonWidget),
  skeleton: () => import("./skeleton.js").then((m) => m.SkeletonElement),
  pdf: () => import("./pdf-viewer.js").then((m) => m.PdfElement),
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
  if (type === "button") return props.useContainerWidth ? "100%" : "fit-content";
  if (type === "downloadButton" || type === "linkButton" || type === "pageLink") return props.useContainerWidth ? "100%" : "fit-content";
  if (type === "checkbox" || type === "radio" || type === "text" || type === "spinner") return "fit-content";
  if (type === "colorPicker" || type === "buttonGroup" || type === "feedback") return "fit-content";
  if (type === "image") return props.width === "stretch" ? "100%" : "auto";
  if (type === "balloons" || type === "snow") return "auto";
  if (type === "iframe") return typeof props.width === "number" ? `${props.width}px` : "100%";
  if (type === "menuButton") return props.width === "stretch" ? "100%" : typeof props.width === "number" ? `${props.width}px` : "fit-content";
  if (type === "skeleton") return typeof props.width === "number" ? `${props.width}px` : "100%";
  if (type === "graphvizChart" && props.width === "content") return "fit-content";
  if (type === "plotlyChart" || type === "graphvizChart" || type === "deckGlJsonChart") {
    return typeof props.width === "number" ? `${props.width}px` : "100%";
  }
  return "100%";
}

/** The `height` attribute Streamlit 1.67 puts on the element container. */
export function containerHeight(type, props) {
  if (type === "skeleton" && typeof props.height === "number") return `${props.height}px`;
  return "auto";
}
