// Node type -> component, and how wide Streamlit makes each element's container.
import { AlertElement } from "./alert.js";
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
import { CheckboxWidget } from "../widgets/checkbox.js";
import { NumberInputWidget } from "../widgets/number-input.js";
import { RadioWidget } from "../widgets/radio.js";
import { SelectboxWidget } from "../widgets/selectbox.js";
import { SliderWidget } from "../widgets/slider.js";
import { TextAreaWidget } from "../widgets/text-area.js";
import { TextInputWidget } from "../widgets/text-input.js";
import { TimeInputWidget } from "../widgets/time-input.js";

export const ELEMENTS = {
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
};

/** The `width` attribute Streamlit 1.67 puts on the element container. */
export function containerWidth(type, props) {
  if (type === "button") return props.useContainerWidth ? "100%" : "fit-content";
  if (type === "checkbox" || type === "radio" || type === "text" || type === "spinner") return "fit-content";
  return "100%";
}
