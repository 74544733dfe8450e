// A media element's `src` prop ({url} or {data: base64, mime}) -> a URL for
// <img>/<audio>/<video>. Bytes become a Blob URL, made once per data string and
// revoked when the data changes or the element goes away.
import { useEffect, useMemo } from "preact/hooks";

function blobUrl(data, mime) {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: mime || "application/octet-stream" }));
}

/** The URL to load `src` from ("" when there is nothing to load). */
export function useMediaUrl(src) {
  const data = src?.data ?? null;
  const mime = src?.mime ?? "";
  const url = useMemo(() => (data === null ? null : blobUrl(data, mime)), [data, mime]);
  useEffect(() => () => { if (url) URL.revokeObjectURL(url); }, [url]);
  return url ?? src?.url ?? "";
}
