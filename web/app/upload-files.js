// What the file uploader checks in the page before a file is sent, with
// Streamlit's texts, and how it shows sizes and accepted types.

/** Bytes per KB as Streamlit 1.67 counts them: 1024 on Windows, 1000 elsewhere. */
export function sizeBase(platform = globalThis.navigator?.platform ?? "") {
  return /^Win/i.test(platform) ? 1024 : 1000;
}

/** "8.0B", "0.6KB", "52.4MB" (one decimal; the next unit from half a unit up), as Streamlit shows sizes. */
export function sizeDisplay(bytes, base = sizeBase()) {
  const units = ["B", "KB", "MB", "GB"];
  let size = Number(bytes) || 0;
  let unit = 0;
  while (size > base / 2 && unit < units.length - 1) {
    size /= base;
    unit += 1;
  }
  return `${size.toFixed(1)}${units[unit]}`;
}

/** Whether `file` matches one of the accepted types (".csv", "text/csv", "image/*"). */
export function isAccepted(file, accept) {
  if (!accept || accept.length === 0) return true;
  const name = String(file.name ?? "").toLowerCase();
  const mime = String(file.type ?? "").toLowerCase();
  return accept.some((type) => {
    const t = String(type).toLowerCase();
    if (t.startsWith(".")) return name.endsWith(t);
    if (t.endsWith("/*")) return mime.startsWith(t.slice(0, -1));
    return mime === t;
  });
}

/** The error Streamlit shows for a rejected file, or null if it may be uploaded. */
export function fileError(file, { accept, maxUploadSizeMb }) {
  if (!isAccepted(file, accept)) return `${file.type || "This type of"} files are not allowed.`;
  const base = sizeBase();
  const limit = Number(maxUploadSizeMb) * base * base;
  if (limit > 0 && file.size > limit) return `File must be ${sizeDisplay(limit, base)} or smaller.`;
  return null;
}

/** "CSV, JPG, JPEG, image/*" for the dropzone's instructions. */
export function acceptedTypesText(accept) {
  const seen = new Set();
  const out = [];
  for (const type of accept ?? []) {
    const t = String(type);
    const label = t.includes("/") ? t.toLowerCase() : t.replace(/^\./, "").toUpperCase();
    if (!seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  return out.join(", ");
}

let counter = 0;

/** A fresh id for an uploaded file (letters, digits and "-" only). */
export function newFileId() {
  const random = globalThis.crypto?.randomUUID ? globalThis.crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  counter += 1;
  return `${random}-${counter}`;
}
