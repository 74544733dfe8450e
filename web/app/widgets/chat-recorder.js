// A chat input's microphone (st.chat_input(accept_audio=True)), as Streamlit
// 1.67 draws it: button[stChatInputMicButton] "Start recording" next to the
// send button; while recording, the text area gives way to the waveform
// (stChatInputWaveform) and the buttons to "Cancel recording"
// (stChatInputCancelButton) and "Submit recording" (stChatInputApproveButton).
// Submitting sends the recording (WAV at audio_sample_rate, named
// audio-<ISO time with ":" and "." -> "-">.wav) with the text and files typed
// so far. A denied microphone puts the mic button in an error tooltip
// target ("Microphone access denied").
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { AudioRecording } from "./media-capture.js";
import { CheckIcon, CloseIcon, MicIcon, Waveform } from "./recording-ui.js";

/** The file name Streamlit 1.67 gives a chat input's recording. */
export function chatRecordingName(date = new Date()) {
  return `audio-${date.toISOString().replaceAll(/[:.]/g, "-")}.wav`;
}

/**
 * @param {number|null} sampleRate
 * @param {(bytes: Uint8Array) => void} onRecorded  called with the WAV bytes on approve
 */
export function useChatRecorder(sampleRate, onRecorded) {
  const [state, setState] = useState("idle"); // idle | starting | recording | encoding
  const [error, setError] = useState(null);
  const [levels, setLevels] = useState([]);
  const recording = useRef(null);

  useEffect(() => () => recording.current?.cancel(), []);
  useEffect(() => {
    if (state !== "recording") return undefined;
    const timer = setInterval(() => {
      const rec = recording.current;
      if (rec) setLevels((old) => [...old.slice(-119), rec.level()]);
    }, 100);
    return () => clearInterval(timer);
  }, [state]);

  async function start() {
    setState("starting");
    const rec = new AudioRecording(sampleRate ?? null);
    const problem = await rec.start();
    if (problem) {
      setError(problem === "denied" ? "Microphone access denied" : "Recording failed");
      setState("idle");
      return;
    }
    setError(null);
    recording.current = rec;
    setLevels([]);
    setState("recording");
  }

  function cancel() {
    recording.current?.cancel();
    recording.current = null;
    setState("idle");
  }

  async function approve() {
    const rec = recording.current;
    recording.current = null;
    if (!rec) return;
    setState("encoding");
    try {
      const { bytes } = await rec.stop();
      setState("idle");
      onRecorded(bytes);
    } catch (e) {
      console.error("wasmlit: the recording could not be encoded", e);
      setError("Recording failed");
      setState("idle");
    }
  }

  return { state, error, levels, start, cancel, approve, active: state === "recording" || state === "encoding" };
}

/** The waveform slot (always there, as in Streamlit; shown while recording). */
export function ChatWaveform({ recorder }) {
  return h("div", { class: recorder?.active ? "st-chat-input-waveform st-recording" : "st-chat-input-waveform" },
    h("div", { "data-testid": "stChatInputWaveform" },
      h("div", null, recorder?.active ? h(Waveform, { peaks: recorder.levels, live: true }) : null)));
}

export function MicButton({ recorder, disabled }) {
  const [hover, setHover] = useState(false);
  const button = h("button", {
    type: "button",
    class: "st-chat-input-mic",
    "data-testid": "stChatInputMicButton",
    "aria-label": "Start recording",
    disabled: disabled || recorder.state === "starting",
    onClick: recorder.start,
  }, recorder.error ? h("span", { class: "st-chat-input-mic-error", "aria-hidden": "true" }, "!") : h(MicIcon, null));
  if (!recorder.error) return button;
  return h("div", {
    class: "stTooltipErrorHoverTarget st-chat-input-mic-target",
    "data-testid": "stTooltipErrorHoverTarget",
    onMouseEnter: () => setHover(true),
    onMouseLeave: () => setHover(false),
  },
    button,
    hover ? h("div", { class: "stTooltipContent st-chat-input-mic-tooltip", "data-testid": "stTooltipContent", role: "tooltip" }, recorder.error) : null);
}

export function RecordingButtons({ recorder }) {
  const busy = recorder.state === "encoding";
  return [
    h("button", {
      key: "cancel",
      type: "button",
      class: "st-chat-input-record-button",
      "data-testid": "stChatInputCancelButton",
      "aria-label": "Cancel recording",
      disabled: busy,
      onClick: recorder.cancel,
    }, h(CloseIcon, null)),
    h("button", {
      key: "approve",
      type: "button",
      class: "st-chat-input-record-button st-approve",
      "data-testid": "stChatInputApproveButton",
      "aria-label": "Submit recording",
      disabled: busy,
      onClick: recorder.approve,
    }, h(CheckIcon, null)),
  ];
}
