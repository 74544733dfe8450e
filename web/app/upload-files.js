// What the file uploader checks in the page before a file is sent, with
// Streamlit's texts, and how it shows sizes and accepted types.

/** "8.0B", "1.5KB", "200.0MB" (1024-based, one decimal), as Streamlit shows sizes. */
export function sizeDisplay(bytes) {
  const units = ["B", "KB", "MB", "GB"];
  let size = Number(bytes) || 0;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
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
  const limit = Number(maxUploadSizeMb) * 1024 * 1024;
  if (limit > 0 && file.size > limit) return `File must be ${sizeDisplay(limit)} or smaller.`;
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
