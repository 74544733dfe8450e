// Node type -> component, and how wide Streamlit makes each element's container.
import { AlertElement } from "./alert.js";
import { DataFrameElement } from "./dataframe.js";
import { TableElement } from "./table.js";
import { VegaLiteChartElement } from "./vega-chart.js";
import { BalloonsElement, SnowElement } from "./celebration.js";
import { HelpElement } from "./help-info.js";
import { HtmlElement } from "./html.js";
import { MetricElement } from "./metric.js";
import { CodeElement } from "./code.js";
import { EmptyElement } from "./empty.js";
import { ExceptionElement } from "./exception.js";
import { Heading } from "./heading.js";
import { JsonElement } from "./json.js";
import { MarkdownElement } from "./markdown.js";
import { ProgressElement } from "./progress.js";
import { SpinnerElement } from "./spinner.js";
import { TextElement } from "./text.js";
import { ButtonWidget } from "../widgets/button.js";
import { ButtonGroupWidget } from "../widgets/button-group.js";
import { CheckboxWidget } from "../widgets/checkbox.js";
import { ColorPickerWidget } from "../widgets/color-picker.js";
import { DateInputWidget } from "../widgets/date-input.js";
import { FeedbackWidget } from "../widgets/feedback.js";
import { MultiselectWidget } from "../widgets/multiselect.js";
import { NumberInputWidget } from "../widgets/number-input.js";
import { RadioWidget } from "../widgets/radio.js";
import { SelectboxWidget } from "../widgets/selectbox.js";
import { SliderWidget } from "../widgets/slider.js";
import { TextAreaWidget } from "../widgets/text-area.js";
import { TextInputWidget } from "../widgets/text-input.js";
import { TimeInputWidget } from "../widgets/time-input.js";
import { ChatInputWidget } from "../widgets/chat-input.js";
import { DownloadButtonWidget } from "../widgets/download-button.js";
import { FileUploaderWidget } from "../widgets/file-uploader.js";
import { LinkButtonWidget } from "../widgets/link-button.js";
import { DataEditorWidget } from "../widgets/data-editor.js";
import { PageLinkElement } from "./page-link.js";
import { ImageElement } from "./image.js";
import { AudioElement, VideoElement } from "./media-player.js";

export const ELEMENTS = {
  dataframe: DataFrameElement,
  dataEditor: DataEditorWidget,
  table: TableElement,
  vegaLiteChart: VegaLiteChartElement,
  metric: MetricElement,
  html: HtmlElement,
  help: HelpElement,
  balloons: BalloonsElement,
  snow: SnowElement,
  heading: Heading,
  markdown: MarkdownElement,
  text: TextElement,
  code: CodeElement,
  json: JsonElement,
  alert: AlertElement,
  exception: ExceptionElement,
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
  timeInput: TimeInputWidget,
  multiselect: MultiselectWidget,
  dateInput: DateInputWidget,
  colorPicker: ColorPickerWidget,
  buttonGroup: ButtonGroupWidget,
  feedback: FeedbackWidget,
  fileUploader: FileUploaderWidget,
  downloadButton: DownloadButtonWidget,
  linkButton: LinkButtonWidget,
  pageLink: PageLinkElement,
  chatInput: ChatInputWidget,
  image: ImageElement,
  audio: AudioElement,
  video: VideoElement,
};

/** The `width` attribute Streamlit 1.67 puts on the element container. */
export function containerWidth(type, props) {
  if (type === "button") return props.useContainerWidth ? "100%" : "fit-content";
  if (type === "downloadButton" || type === "linkButton" || type === "pageLink") return props.useContainerWidth ? "100%" : "fit-content";
  if (type === "checkbox" || type === "radio" || type === "text" || type === "spinner") return "fit-content";
  if (type === "colorPicker" || type === "buttonGroup" || type === "feedback") return "fit-content";
  if (type === "image") return props.width === "stretch" ? "100%" : "auto";
  return "100%";
}
