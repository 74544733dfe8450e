// What the audio input and a chat input's microphone draw: their icons and a
// simple waveform (bars of the input level while recording, of the recorded
// samples afterwards).
import { h } from "preact";
import { useEffect, useRef } from "preact/hooks";

const icon = (d) => () =>
  h("svg", { viewBox: "0 0 24 24", "aria-hidden": "true", fill: "currentColor", class: "st-recording-icon" }, h("path", { d }));

export const MicIcon = icon("M12 14c1.66 0 3-1.34 3-3V5c0-1.66-1.34-3-3-3S9 3.34 9 5v6c0 1.66 1.34 3 3 3zm-1-9c0-.55.45-1 1-1s1 .45 1 1v6c0 .55-.45 1-1 1s-1-.45-1-1V5zm6 6c0 2.76-2.24 5-5 5s-5-2.24-5-5H5c0 3.53 2.61 6.43 6 6.92V21h2v-3.08c3.39-.49 6-3.39 6-6.92h-2z");
export const StopIcon = icon("M6 6h12v12H6z");
export const PlayIcon = icon("M8 5v14l11-7z");
export const PauseIcon = icon("M6 19h4V5H6v14zm8-14v14h4V5h-4z");
export const CloseIcon = icon("M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z");
export const CheckIcon = icon("M9 16.17L4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z");

/** Up to `bars` peak levels (0..1) of a 16-bit mono WAV file's samples. */
export function wavPeaks(bytes, bars = 120) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = Math.max(0, Math.floor((bytes.byteLength - 44) / 2));
  if (count === 0) return [];
  const per = Math.max(1, Math.floor(count / bars));
  const peaks = [];
  for (let start = 0; start < count; start += per) {
    let peak = 0;
    for (let i = start; i < Math.min(count, start + per); i += 1) peak = Math.max(peak, Math.abs(view.getInt16(44 + i * 2, true)) / 32768);
    peaks.push(peak);
  }
  return peaks;
}

/** Bars of `peaks` (0..1); `progress` (0..1) of them drawn in the primary colour. */
export function Waveform({ peaks, progress = 0, live = false }) {
  const ref = useRef(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth || 300;
    const height = canvas.clientHeight || 24;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const g = canvas.getContext("2d");
    if (!g) return;
    g.scale(ratio, ratio);
    const style = getComputedStyle(canvas);
    const faded = style.getPropertyValue("--st-waveform-color").trim() || "rgba(49, 51, 63, 0.4)";
    const strong = style.getPropertyValue("--st-primary").trim() || "#ff4b4b";
    const step = 6;
    const slots = Math.floor(width / step);
    const shown = live ? peaks.slice(-slots) : peaks;
    for (let i = 0; i < slots; i += 1) {
      const level = live ? shown[i - (slots - shown.length)] : shown[Math.floor((i / slots) * shown.length)];
      const bar = level === undefined ? 2 : Math.max(2, Math.min(1, level * 2) * height);
      g.fillStyle = !live && shown.length && i / slots < progress ? strong : faded;
      g.fillRect(i * step, (height - bar) / 2, 3, bar);
    }
  }, [peaks, progress, live]);
  return h("canvas", { ref, class: "st-waveform", "aria-hidden": "true" });
}
