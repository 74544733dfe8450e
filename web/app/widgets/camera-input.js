// st.camera_input -> stCameraInput (Streamlit 1.67's DOM):
//   label[stWidgetLabel]
//   div[stCameraInputWebcamComponent]                      (no photo yet)
//     div.st-camera-permission (svg + p "This app would like to use your camera."
//         + a "Learn how to allow access.")               (until the camera works)
//     div[stCameraInputWebcamStyledBox] > video           (hidden until it works)
//     button[stCameraInputButton] "Take Photo"             (disabled until it works)
//   div.st-camera-snapshot > img[alt=Snapshot] + button[stCameraInputButton] " Clear photo"
// The camera is asked for (getUserMedia) when the widget shows, not disabled
// and without a photo. "Take Photo" draws the video frame on a canvas (the
// widget's width x 9/16, or the camera's own size with `resolution`), sends it
// to the worker as a JPEG named camera-input-<ISO time with ":" -> "_">.jpg and
// reruns; "Clear photo" sets the value to no file.
import { h } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { AppContext } from "../context.js";
import { newFileId } from "../upload-files.js";
import { WidgetLabel } from "./label.js";
import { requestStream, stopStream } from "./media-capture.js";

const ALLOW_ACCESS_URL = "https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera";

// Object URLs of the photos taken in this page, by file id (a rerun keeps the value).
const snapshots = new Map();

function WarningIcon() {
  return h("svg", { viewBox: "0 0 8 8", "aria-hidden": "true", class: "st-camera-permission-icon", fill: "currentColor" },
    h("path", { d: "M3.09 0c-.06 0-.1.04-.13.09L.02 6.9c-.02.05-.03.13-.03.19v.81c0 .05.04.1.09.1h7.81c.05 0 .09-.04.09-.09v-.81c0-.05-.01-.14-.03-.19L5.02.09A.125.125 0 0 0 4.89 0H3.08zM3 2h2v3H3V2zm0 4h2v1H3V6z" }));
}

function CloseIcon() {
  return h("svg", { viewBox: "0 0 8 8", "aria-hidden": "true", class: "st-camera-clear-icon", fill: "currentColor" },
    h("path", { d: "M1.41 0L0 1.41l.72.72L2.5 3.94.72 5.72 0 6.41l1.41 1.44.72-.72 1.81-1.81 1.78 1.81.69.72 1.44-1.44-.72-.69-1.81-1.78 1.81-1.81.72-.72L6.41 0l-.69.72L3.94 2.5 2.13.72 1.41 0z" }));
}

/** The file name Streamlit 1.67 gives a photo. */
export function photoName(date = new Date()) {
  return `camera-input-${date.toISOString().replaceAll(":", "_")}.jpg`;
}

function canvasBlob(canvas) {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 1));
}

function Webcam({ props, width, disabled, onPhoto }) {
  const videoRef = useRef(null);
  const [status, setStatus] = useState("pending"); // pending | success | error
  const [busy, setBusy] = useState(false);
  const height = props.resolutionHeight ?? null;
  useEffect(() => {
    if (disabled) return undefined;
    let stream = null;
    let gone = false;
    const video = height ? { height: { ideal: height } } : { width: { ideal: width || 640 } };
    requestStream({ audio: false, video }).then((result) => {
      if (gone) {
        stopStream(result.stream);
        return;
      }
      if (result.error) {
        setStatus("error");
        return;
      }
      stream = result.stream;
      const element = videoRef.current;
      if (element) {
        element.srcObject = stream;
        element.play?.().catch(() => {});
      }
      setStatus("success");
    });
    return () => {
      gone = true;
      stopStream(stream);
    };
  }, [disabled, height]);

  async function takePhoto() {
    const video = videoRef.current;
    if (!video || status !== "success" || busy) return;
    const sourceWidth = video.videoWidth || width;
    const sourceHeight = video.videoHeight || Math.round((width * 9) / 16);
    // Without a resolution the photo is the size shown (width x 9/16), as in Streamlit.
    const outWidth = height ? sourceWidth : Math.round(width);
    const outHeight = height ? sourceHeight : Math.round((width * 9) / 16);
    const canvas = document.createElement("canvas");
    canvas.width = outWidth;
    canvas.height = outHeight;
    canvas.getContext("2d").drawImage(video, 0, 0, outWidth, outHeight);
    setBusy(true);
    try {
      const blob = await canvasBlob(canvas);
      if (blob) await onPhoto(blob);
    } finally {
      setBusy(false);
    }
  }

  const shown = status === "success" || disabled;
  return h("div", { class: "st-camera-webcam", "data-testid": "stCameraInputWebcamComponent" },
    shown
      ? null
      : h("div", { class: "st-camera-permission", style: { width: width ? `${width}px` : undefined } },
          h(WarningIcon, null),
          h("p", null,
            "This app would like to use your camera.",
            h("a", { href: ALLOW_ACCESS_URL, target: "_blank", rel: "noopener noreferrer" }, "Learn how to allow access."))),
    h("div", { class: "st-camera-box", "data-testid": "stCameraInputWebcamStyledBox", hidden: !shown },
      disabled ? null : h("video", {
        ref: videoRef,
        autoplay: true,
        muted: true,
        playsinline: true,
        disablePictureInPicture: true,
        width: width || undefined,
        height: width ? Math.round((width * 9) / 16) : undefined,
      })),
    h("button", {
      type: "button",
      class: "st-camera-button",
      "data-testid": "stCameraInputButton",
      disabled: status !== "success" || disabled || busy,
      onClick: takePhoto,
    }, busy ? "Uploading..." : "Take Photo"));
}

export function CameraInputWidget({ props }) {
  const ctx = useContext(AppContext);
  const { widgets, actions } = ctx;
  const boxRef = useRef(null);
  const [width, setWidth] = useState(0);
  const files = widgets.value(props.id);
  const photo = Array.isArray(files) && files.length > 0 ? files[0] : null;
  const disabled = Boolean(props.disabled);

  useEffect(() => {
    const node = boxRef.current;
    if (!node) return undefined;
    const measure = () => setWidth(Math.floor(node.getBoundingClientRect().width));
    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(measure) : null;
    observer?.observe(node);
    return () => observer?.disconnect();
  }, []);

  function commit(value) {
    if (props.ignoreRerun && !props.formId) {
      widgets.set(props.id, value);
      ctx.render();
    } else {
      actions.change(props, value);
    }
  }

  async function onPhoto(blob) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const fileId = newFileId();
    const name = photoName();
    snapshots.set(fileId, URL.createObjectURL(blob));
    const size = bytes.length;
    ctx.upload(fileId, name, "image/jpeg", bytes); // transfers the bytes' buffer
    commit([{ fileId, name, type: "image/jpeg", size }]);
  }

  const snapshotUrl = photo ? snapshots.get(photo.fileId) : null;
  return h("div", {
    ref: boxRef,
    class: "stCameraInput",
    "data-testid": "stCameraInput",
    style: typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined,
  },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled }),
    photo
      ? [
          h("div", { key: "snapshot", class: "st-camera-snapshot" },
            snapshotUrl
              ? h("img", { src: snapshotUrl, alt: "Snapshot", width: width || undefined, height: width ? Math.round((width * 9) / 16) : undefined })
              : h("div", { class: "st-camera-snapshot-missing" }, photo.name)),
          h("button", {
            key: "clear",
            type: "button",
            class: "st-camera-button",
            "data-testid": "stCameraInputButton",
            disabled,
            onClick: () => commit([]),
          }, h("span", { class: "st-camera-clear" }, h(CloseIcon, null), " Clear photo")),
        ]
      : h(Webcam, { props, width, disabled, onPhoto }));
}
