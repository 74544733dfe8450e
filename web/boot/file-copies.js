// The app's files as the page keeps them (text, or bytes) and the copies it
// sends to a worker: bytes are copied and the copies transferred, so the
// originals stay for a restart.

/** A file's content as kept: a string or a Uint8Array. */
export function normalizeContent(path, content) {
  if (typeof content === "string" || content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  throw new TypeError(`the content of ${JSON.stringify(path)} must be a string, Uint8Array or ArrayBuffer`);
}

/** Copies of the files' bytes to transfer (the originals stay for a restart). */
export function copyFiles(files) {
  const copies = {};
  const transfer = [];
  for (const [path, content] of Object.entries(files ?? {})) {
    if (content instanceof Uint8Array) {
      copies[path] = content.slice();
      transfer.push(copies[path].buffer);
    } else {
      copies[path] = content;
    }
  }
  return { files: copies, transfer };
}
