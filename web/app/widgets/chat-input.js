// st.chat_input -> stChatInput: a textarea and a send button. Submitting
// (Enter or the button) reruns the app with the text as a one-shot trigger
// and empties the field. A top-level chat input lives in the bottom root
// (stBottom, see layout/shell.js). With accept_file, an attach button picks
// files (shown as chips until sent); their bytes go to the worker in upload
// messages and the rerun's value is {text, files: [UploadedFileInfo]}. With
// accept_audio, a microphone button records a message (chat-recorder.js): the
// value is then {text, files?, audio: UploadedFileInfo}.
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { fileError, newFileId, sizeDisplay } from "../upload-files.js";
import { ChatWaveform, chatRecordingName, MicButton, RecordingButtons, useChatRecorder } from "./chat-recorder.js";

function AttachIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.125rem", height: "1.125rem", fill: "currentColor", "aria-hidden": "true" },
    h("path", { d: "M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6h-1.5z" }));
}
/** An upward arrow, as 1.67's send button shows. */
function SendIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.125rem", height: "1.125rem", fill: "none", stroke: "currentColor",
    "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" },
    h("path", { d: "M12 19V5M6 11l6-6 6 6" }));
}

export function ChatInputWidget({ props }) {
  const { rerun, upload } = useContext(AppContext);
  const [text, setText] = useState("");
  const [files, setFiles] = useState([]); // {file, error, bytes (read when picked; null until then)}
  const areaRef = useRef(null);
  const pickerRef = useRef(null);
  const acceptFile = props.acceptFile;
  useEffect(() => {
    if (props.setValue && typeof props.value === "string") setText(props.value);
  }, [props]);
  const disabled = Boolean(props.disabled);
  const goodFiles = files.filter((f) => !f.error);
  const reading = goodFiles.some((f) => !f.bytes);
  const canSend = !disabled && !reading && (text.trim() !== "" || goodFiles.length > 0);

  // Bytes are read as files are picked, so that sending is synchronous: the
  // page shows "running" the moment the message is sent.
  function pick(list) {
    const picked = [...list].map((file) => ({ file, error: fileError(file, props), bytes: null }));
    setFiles((prev) => (acceptFile === true ? picked.slice(-1) : [...prev, ...picked]));
    for (const entry of picked) {
      if (entry.error) continue;
      entry.file.arrayBuffer().then((buffer) => {
        setFiles((prev) => prev.map((f) => (f === entry ? { ...f, bytes: new Uint8Array(buffer) } : f)));
      });
    }
  }

  const recorder = useChatRecorder(props.audioSampleRate ?? null, (bytes) => submit(bytes));

  /** Sends the message (with `audioBytes`: the recording just approved). */
  function submit(audioBytes = null) {
    if (!canSend && !audioBytes) return;
    const value = props.maxChars ? text.slice(0, props.maxChars) : text;
    setText("");
    if (!acceptFile && !props.acceptAudio) {
      rerun({ [props.id]: value }, props);
      return;
    }
    const sending = goodFiles;
    setFiles([]);
    const infos = [];
    for (const { file, bytes } of sending) {
      const fileId = newFileId();
      upload(fileId, file.name, file.type, bytes);
      infos.push({ fileId, name: file.name, type: file.type, size: file.size });
    }
    const message = { text: value, files: infos };
    if (audioBytes) {
      const fileId = newFileId();
      const name = chatRecordingName();
      message.audio = { fileId, name, type: "audio/wav", size: audioBytes.length };
      upload(fileId, name, "audio/wav", audioBytes);
    }
    rerun({ [props.id]: message }, props);
  }

  return h("div", { class: "stChatInput", "data-testid": "stChatInput" },
    files.length
      ? h("div", { class: "st-chat-input-files", "data-testid": "stChatInputFiles" },
          files.map(({ file, error }, i) => h("div", { key: `${file.name}-${i}`, class: "stChatInputFile st-chat-input-file", "data-testid": "stChatInputFile" },
            h("span", { class: "st-chat-input-file-name" }, file.name),
            h("span", { class: "st-chat-input-file-size" }, error ?? sizeDisplay(file.size)),
            h("button", { type: "button", "aria-label": `Remove ${file.name}`, class: "st-chat-input-file-remove",
              onClick: () => setFiles((prev) => prev.filter((_, j) => j !== i)) }, "×"))))
      : null,
    h("div", { class: "st-chat-input-box" },
      acceptFile
        ? h("div", { class: "st-chat-input-attach" },
            h("button", {
              type: "button",
              "data-testid": "stChatInputFileUploadButton",
              "aria-label": "Upload file",
              class: "st-chat-input-attach-button",
              disabled,
              onClick: () => pickerRef.current?.click(),
            }, h(AttachIcon, null)),
            h("input", {
              ref: pickerRef,
              type: "file",
              hidden: true,
              multiple: acceptFile === "multiple" || acceptFile === "directory",
              webkitdirectory: acceptFile === "directory" ? "" : undefined,
              accept: props.accept && props.accept.length ? props.accept.join(",") : undefined,
              "data-testid": "stChatInputFileInput",
              onChange: (event) => {
                pick(event.currentTarget.files ?? []);
                event.currentTarget.value = "";
              },
            }))
        : null,
      recorder.active ? null : h("div", { class: "st-chat-input-field" },
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
      // Streamlit 1.67's audio waveform slot (shown while recording); the "n/max"
      // instructions only when there is a max_chars to count against.
      h(ChatWaveform, { recorder }),
      recorder.active ? h("div", { class: "st-chat-input-actions" }, h(RecordingButtons, { recorder })) : h("div", { class: "st-chat-input-actions" },
        h("div", { id: `${props.id}-instructions`, class: "st-chat-input-instructions" },
          props.maxChars
            ? h("div", { "data-testid": "InputInstructions", class: "stChatInputInstructions" }, `${text.length}/${props.maxChars}`)
            : null),
        props.acceptAudio ? h(MicButton, { recorder, disabled }) : null,
        h("button", {
          type: "button",
          "data-testid": "stChatInputSubmitButton",
          "aria-label": "Send message",
          class: "st-chat-input-send",
          disabled: !canSend,
          onClick: () => submit(),
        }, h(SendIcon, null)))));
}
