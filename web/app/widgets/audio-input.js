// st.audio_input -> stAudioInput (Streamlit 1.67's DOM):
//   label[stWidgetLabel]
//   div.st-audio-input-box
//     div.stElementToolbar[stElementToolbar] > div[stElementToolbarButtonContainer]
//         (with a recording: "Download as WAV: <label>", "Clear recording: <label>")
//     div.st-audio-input-controls > button[stAudioInputActionButton] "Record" / "Stop recording"
//         (+ "Play" / "Pause" with a recording)
//     div.st-audio-input-wave > [permission message] + div[stAudioInputWaveSurfer] > canvas
//     span[stAudioInputWaveformTimeCode] "00:00"
// Record asks for the microphone; Stop turns the recording into a WAV file at
// props.sampleRate (mono 16-bit; null: the recording's own rate) named
// <YYYY-MM-DDTHH-MM>_audio.wav (UTC), sends it to the worker and reruns.
// A denied microphone shows Streamlit's "This app would like to use your
// microphone." with the Record button disabled.
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { newFileId } from "../upload-files.js";
import { labelText, WidgetLabel } from "./label.js";
import { AudioRecording, timeCode } from "./media-capture.js";
import { MicIcon, PauseIcon, PlayIcon, StopIcon, Waveform, wavPeaks } from "./recording-ui.js";

const ALLOW_ACCESS_URL = "https://docs.streamlit.io/end-users/enable-peripherals";

// Recordings made in this page, by file id: {url, peaks, durationMs}.
const recordings = new Map();

/** The file name Streamlit 1.67 gives an st.audio_input recording. */
export function recordingName(date = new Date()) {
  return `${date.toISOString().slice(0, 16).replaceAll(":", "-")}_audio.wav`;
}

function DownloadIcon() {
  return h("svg", { viewBox: "0 0 24 24", "data-testid": "stElementToolbarButtonIcon", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z" }));
}

function DeleteIcon() {
  return h("svg", { viewBox: "0 0 24 24", "data-testid": "stElementToolbarButtonIcon", "aria-hidden": "true", fill: "currentColor" },
    h("path", { d: "M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z" }));
}

/** @param {{label: string, onClick: () => void, children?: import("preact").ComponentChildren}} props */
function ToolbarButton({ label, onClick, children }) {
  return h("div", { "data-testid": "stElementToolbarButton" },
    h("span", { class: "stTooltipHoverTarget", "data-testid": "stTooltipHoverTarget", title: label.split(":")[0] },
      h("button", {
        type: "button",
        kind: "elementToolbar",
        class: "st-element-toolbar-button",
        "data-testid": "stBaseButton-elementToolbar",
        "aria-label": label,
        onClick,
      }, children)));
}

/**
 * @param {{label: string, onClick: () => void, disabled?: boolean,
 *          children?: import("preact").ComponentChildren}} props
 */
function ActionButton({ label, onClick, disabled, children }) {
  return h("button", {
    type: "button",
    kind: "borderlessIcon",
    class: "st-audio-input-action",
    "data-testid": "stAudioInputActionButton",
    "aria-label": label,
    disabled: Boolean(disabled),
    onClick,
  }, children);
}

export function AudioInputWidget({ props }) {
  const ctx = useContext(AppContext);
  const { widgets, actions } = ctx;
  const files = widgets.value(props.id);
  const file = Array.isArray(files) && files.length > 0 ? files[0] : null;
  const saved = file ? recordings.get(file.fileId) : null;
  const disabled = Boolean(props.disabled);
  const [state, setState] = useState("idle"); // idle | recording | uploading | denied | error
  const [elapsed, setElapsed] = useState(0);
  const [levels, setLevels] = useState([]);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const recording = useRef(null);
  const player = useRef(null);

  useEffect(() => () => {
    recording.current?.cancel();
    player.current?.pause();
  }, []);

  useEffect(() => {
    if (state !== "recording") return undefined;
    const timer = setInterval(() => {
      const rec = recording.current;
      if (!rec) return;
      setElapsed(rec.elapsed());
      setLevels((old) => [...old.slice(-119), rec.level()]);
    }, 100);
    return () => clearInterval(timer);
  }, [state]);

  function commit(value) {
    if (props.ignoreRerun && !props.formId) {
      widgets.set(props.id, value);
      ctx.render();
    } else {
      actions.change(props, value);
    }
  }

  function stopPlayback() {
    player.current?.pause();
    player.current = null;
    setPlaying(false);
    setPosition(0);
  }

  async function startRecording() {
    stopPlayback();
    const rec = new AudioRecording(props.sampleRate ?? null);
    const problem = await rec.start();
    if (problem) {
      setState(problem === "denied" ? "denied" : "error");
      return;
    }
    recording.current = rec;
    setLevels([]);
    setElapsed(0);
    setState("recording");
  }

  async function stopRecording() {
    const rec = recording.current;
    recording.current = null;
    if (!rec) return;
    setState("uploading");
    try {
      const { bytes, durationMs } = await rec.stop();
      const fileId = newFileId();
      const name = recordingName();
      const url = URL.createObjectURL(new Blob([bytes], { type: "audio/wav" }));
      recordings.set(fileId, { url, peaks: wavPeaks(bytes), durationMs });
      const size = bytes.length;
      ctx.upload(fileId, name, "audio/wav", bytes); // transfers the bytes' buffer
      setState("idle");
      commit([{ fileId, name, type: "audio/wav", size }]);
    } catch (error) {
      console.error("wasmlit: the recording could not be encoded", error);
      setState("error");
    }
  }

  function togglePlay() {
    if (!saved) return;
    if (playing) {
      player.current?.pause();
      setPlaying(false);
      return;
    }
    const audio = player.current ?? new Audio(saved.url);
    player.current = audio;
    audio.ontimeupdate = () => setPosition(audio.currentTime * 1000);
    audio.onended = () => {
      setPlaying(false);
      setPosition(0);
      player.current = null;
    };
    audio.play().then(() => setPlaying(true), () => setPlaying(false));
  }

  function clearRecording() {
    stopPlayback();
    commit([]);
  }

  function download() {
    if (!saved || !file) return;
    const link = document.createElement("a");
    link.href = saved.url;
    link.download = file.name;
    link.click();
  }

  const label = labelText(props);
  const isRecording = state === "recording";
  let code = "00:00";
  if (isRecording) code = timeCode(elapsed);
  else if (saved) code = timeCode(playing || position ? position : saved.durationMs);

  let controls;
  if (state === "error") {
    controls = h(ActionButton, { label: "Reset", onClick: () => setState("idle") }, h(StopIcon, null));
  } else if (state === "uploading") {
    controls = h("span", { class: "st-audio-input-spinner st-spinner st-spinner-small", role: "status", "aria-label": "Loading" });
  } else {
    controls = [
      isRecording
        ? h(ActionButton, { key: "rec", label: "Stop recording", onClick: stopRecording, disabled }, h(StopIcon, null))
        : h(ActionButton, { key: "rec", label: "Record", onClick: startRecording, disabled: disabled || state === "denied" }, h(MicIcon, null)),
      saved && !isRecording
        ? h(ActionButton, { key: "play", label: playing ? "Pause" : "Play", onClick: togglePlay, disabled }, playing ? h(PauseIcon, null) : h(PlayIcon, null))
        : null,
    ];
  }

  return h("div", {
    class: "stAudioInput",
    "data-testid": "stAudioInput",
    style: typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined,
  },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled }),
    h("div", { class: "st-audio-input-box" },
      h("div", { class: "stElementToolbar st-audio-input-toolbar", "data-testid": "stElementToolbar" },
        h("div", { "data-testid": "stElementToolbarButtonContainer", class: "st-element-toolbar-buttons" },
          saved && !isRecording && !disabled
            ? [
                h(ToolbarButton, { key: "download", label: `Download as WAV: ${label}`, onClick: download }, h(DownloadIcon, null)),
                h(ToolbarButton, { key: "clear", label: `Clear recording: ${label}`, onClick: clearRecording }, h(DeleteIcon, null)),
              ]
            : null)),
      h("div", { class: "st-audio-input-controls" }, controls),
      h("div", { class: "st-audio-input-wave" },
        state === "denied"
          ? h("div", { class: "st-audio-input-message" },
              h("span", null, "This app would like to use your microphone."),
              " ",
              h("a", { href: ALLOW_ACCESS_URL, target: "_blank", rel: "noopener noreferrer" }, "Learn how to allow access."))
          : state === "error"
            ? h("div", { class: "st-audio-input-message" }, h("span", null, "An error has occurred, please try again."))
            : null,
        h("div", { class: "st-audio-input-wavesurfer", "data-testid": "stAudioInputWaveSurfer" },
          state === "denied" || state === "error"
            ? null
            : h(Waveform, {
                peaks: isRecording ? levels : saved?.peaks ?? [],
                progress: saved && !isRecording && saved.durationMs ? position / saved.durationMs : 0,
                live: isRecording,
              }))),
      h("span", { class: "st-audio-input-time", "data-testid": "stAudioInputWaveformTimeCode" }, code)));
}
