// The page's side of st.camera_input, st.audio_input and a chat input's
// microphone: asking for the camera / microphone (getUserMedia), recording
// with MediaRecorder, and turning a recording into the WAV file Streamlit
// 1.67 sends (mono, 16-bit PCM, resampled to the widget's sample rate).

/** getUserMedia -> {stream} or {error: "denied" | "unavailable"} (never throws). */
export async function requestStream(constraints) {
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices?.getUserMedia) return { error: "unavailable" };
  try {
    return { stream: await devices.getUserMedia(constraints) };
  } catch (error) {
    const name = error?.name ?? "";
    const denied = name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError";
    return { error: denied ? "denied" : "unavailable" };
  }
}

export function stopStream(stream) {
  for (const track of stream?.getTracks?.() ?? []) track.stop();
}

/** "00:07", or "01:02:03" past an hour (Streamlit's time code). */
export function timeCode(ms) {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const pad = (n) => String(n).padStart(2, "0");
  return minutes < 60 ? `${pad(minutes % 60)}:${pad(seconds % 60)}` : `${pad(hours)}:${pad(minutes % 60)}:${pad(seconds % 60)}`;
}

/** A mono 16-bit PCM WAV file of `samples` (Float32Array, -1..1) at `rate` Hz. */
export function wavBytes(samples, rate) {
  const dataBytes = samples.length * 2;
  const buffer = new ArrayBuffer(44 + dataBytes);
  const view = new DataView(buffer);
  const ascii = (offset, text) => {
    for (let i = 0; i < text.length; i += 1) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // PCM header size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i += 1) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return new Uint8Array(buffer);
}

/** A recorded Blob (webm/ogg from MediaRecorder) -> WAV bytes at `sampleRate`
 * (null: the recording's own rate), mixed down to one channel. */
export async function recordingToWav(blob, sampleRate) {
  if (!blob || blob.size === 0) throw new Error("The recording is empty.");
  const context = new AudioContext();
  let decoded;
  try {
    decoded = await context.decodeAudioData(await blob.arrayBuffer());
  } finally {
    context.close();
  }
  const rate = sampleRate || decoded.sampleRate;
  const length = Math.max(1, Math.ceil(decoded.duration * rate));
  const offline = new OfflineAudioContext(1, length, rate);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  // A mono destination mixes the channels down (the Web Audio "speakers" rule).
  source.connect(offline.destination);
  source.start(0);
  const rendered = await offline.startRendering();
  return wavBytes(rendered.getChannelData(0), rate);
}

/**
 * One microphone recording: start() asks for the microphone and records;
 * stop() resolves with the WAV bytes; cancel() drops it. `level()` is the
 * input level (0..1) for a waveform while recording.
 */
export class AudioRecording {
  constructor(sampleRate) {
    this.sampleRate = sampleRate ?? null;
    this.stream = null;
    this.recorder = null;
    this.chunks = [];
    this.analyser = null;
    this.levelContext = null;
    this.startedAt = 0;
  }

  /** Resolves with null once recording, or "denied" / "unavailable". */
  async start() {
    const { stream, error } = await requestStream({ audio: true });
    if (error) return error;
    if (typeof MediaRecorder === "undefined") {
      stopStream(stream);
      return "unavailable";
    }
    this.stream = stream;
    this.recorder = new MediaRecorder(stream);
    this.recorder.ondataavailable = (event) => {
      if (event.data && event.data.size > 0) this.chunks.push(event.data);
    };
    this.recorder.start();
    this.startedAt = performance.now();
    try {
      this.levelContext = new AudioContext();
      this.analyser = this.levelContext.createAnalyser();
      this.analyser.fftSize = 256;
      this.levelContext.createMediaStreamSource(stream).connect(this.analyser);
    } catch {
      this.analyser = null;
    }
    return null;
  }

  elapsed() {
    return this.startedAt ? performance.now() - this.startedAt : 0;
  }

  level() {
    if (!this.analyser) return 0;
    const data = new Uint8Array(this.analyser.fftSize);
    this.analyser.getByteTimeDomainData(data);
    let peak = 0;
    for (const v of data) peak = Math.max(peak, Math.abs(v - 128) / 128);
    return peak;
  }

  _release() {
    stopStream(this.stream);
    this.stream = null;
    this.levelContext?.close();
    this.levelContext = null;
    this.analyser = null;
  }

  /** Ends the recording: resolves with {bytes (WAV), durationMs}. */
  stop() {
    const recorder = this.recorder;
    const durationMs = this.elapsed();
    return new Promise((resolve, reject) => {
      if (!recorder) {
        reject(new Error("Not recording."));
        return;
      }
      recorder.onstop = () => {
        this._release();
        const blob = new Blob(this.chunks, { type: recorder.mimeType || "audio/webm" });
        recordingToWav(blob, this.sampleRate).then((bytes) => resolve({ bytes, durationMs }), reject);
      };
      recorder.stop();
    });
  }

  cancel() {
    if (this.recorder && this.recorder.state !== "inactive") {
      this.recorder.onstop = null;
      this.recorder.stop();
    }
    this._release();
  }
}
