// st.audio -> <audio class="stAudio">, st.video -> <video class="stVideo">:
// native players with controls; start/end time, loop, autoplay and muted as
// Streamlit's frontend applies them.
import { h } from "preact";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { useMediaUrl } from "../media-url.js";
import { safeSrc } from "../safe-url.js";

function usePlayback(ref, props, url) {
  useEffect(() => {
    const media = ref.current;
    if (!media) return undefined;
    const start = Number(props.startTime) || 0;
    media.currentTime = start;
    const onTimeUpdate = () => {
      if (props.endTime != null && media.currentTime >= props.endTime) {
        if (props.loop) {
          media.currentTime = start;
          media.play().catch(() => {});
        } else {
          media.pause();
        }
      }
    };
    const onEnded = () => {
      if (props.loop) {
        media.currentTime = start;
        media.play().catch(() => {});
      }
    };
    media.addEventListener("timeupdate", onTimeUpdate);
    media.addEventListener("ended", onEnded);
    return () => {
      media.removeEventListener("timeupdate", onTimeUpdate);
      media.removeEventListener("ended", onEnded);
    };
  }, [url, props.startTime, props.endTime, props.loop]);
}

function widthStyle(width) {
  return typeof width === "number" ? { width: `${width}px`, maxWidth: "100%" } : { width: "100%" };
}

/** blob: URLs of the subtitle tracks' WebVTT text (revoked when they change). */
function useTrackUrls(tracks) {
  const key = JSON.stringify(tracks ?? []);
  const urls = useMemo(
    () => (tracks ?? []).map((track) => URL.createObjectURL(new Blob([track.vtt], { type: "text/vtt" }))),
    [key],
  );
  useEffect(
    () => () => {
      for (const url of urls) URL.revokeObjectURL(url);
    },
    [urls],
  );
  return urls;
}

function Player({ tag, testid, props }) {
  const ref = useRef(null);
  const url = useMediaUrl(props.src);
  const trackUrls = useTrackUrls(tag === "video" ? props.subtitles : null);
  usePlayback(ref, props, url);
  return h(tag, {
    ref,
    class: testid,
    "data-testid": testid,
    controls: true,
    src: safeSrc(url) || undefined,
    autoplay: Boolean(props.autoplay),
    muted: tag === "video" ? Boolean(props.muted) : undefined,
    "aria-label": props.alt ?? undefined,
    crossorigin: trackUrls.length ? "anonymous" : undefined,
    style: widthStyle(props.width),
  },
  // As in Streamlit 1.67: caption tracks (stVideoSubtitle), the first on by default.
  (props.subtitles ?? []).map((track, i) =>
    h("track", { key: i, kind: "captions", label: track.label, src: trackUrls[i], default: i === 0, "data-testid": "stVideoSubtitle" })));
}

export function AudioElement({ props }) {
  return h("div", { class: "st-audio-frame" }, h(Player, { tag: "audio", testid: "stAudio", props }));
}

export function VideoElement({ props }) {
  return h(Player, { tag: "video", testid: "stVideo", props });
}
