// st.chat_input -> stChatInput: a textarea and a send button. Submitting
// (Enter or the button) reruns the app with the text as a one-shot trigger
// and empties the field. A top-level chat input lives in the bottom root
// (stBottom, see layout/shell.js).
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";

function SendIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.125rem", height: "1.125rem", fill: "currentColor", "aria-hidden": "true" },
    h("path", { d: "M3 20V4l19 8-19 8zm2-3l11.85-5L5 7v3.5l6 1.5-6 1.5V17z" }));
}

export function ChatInputWidget({ props }) {
  const { rerun } = useContext(AppContext);
  const [text, setText] = useState("");
  const areaRef = useRef(null);
  useEffect(() => {
    if (props.setValue && typeof props.value === "string") setText(props.value);
  }, [props]);
  const disabled = Boolean(props.disabled);
  const canSend = !disabled && text.trim() !== "";

  function submit() {
    if (!canSend) return;
    const value = props.maxChars ? text.slice(0, props.maxChars) : text;
    setText("");
    rerun({ [props.id]: value }, props);
  }

  return h("div", { class: "stChatInput", "data-testid": "stChatInput" },
    h("div", { class: "st-chat-input-box" },
      h("div", { class: "st-chat-input-field" },
        h("textarea", {
          ref: areaRef,
          "data-testid": "stChatInputTextArea",
          placeholder: props.placeholder ?? "",
          "aria-label": props.placeholder ?? "",
          rows: 1,
          maxlength: props.maxChars ?? undefined,
          disabled,
          value: text,
          "aria-describedby": `${props.id}-instructions`,
          onInput: (event) => setText(event.currentTarget.value),
          onKeyDown: (event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              submit();
            }
          },
        })),
      h("div", { class: "st-chat-input-actions" },
        h("div", { id: `${props.id}-instructions`, class: "st-chat-input-instructions" },
          h("div", { "data-testid": "InputInstructions", class: "stChatInputInstructions" },
            props.maxChars ? `${text.length}/${props.maxChars}` : null)),
        h("button", {
          type: "button",
          "data-testid": "stChatInputSubmitButton",
          "aria-label": "Send message",
          class: "st-chat-input-send",
          disabled: !canSend,
          onClick: submit,
        }, h(SendIcon)))));
}
