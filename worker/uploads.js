// Uploaded files' bytes (TO_WORKER.UPLOAD) into Pyodide's file system, where
// wasmlit.runtime.uploads reads them when a file widget's value lists them.

export const UPLOAD_DIR = "/tmp/wasmlit-uploads";
const FILE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * @param {import("pyodide").PyodideAPI["FS"]} FS pyodide.FS
 * @param {{fileId: string, data: Uint8Array}} msg
 */
export function storeUpload(FS, msg) {
  if (typeof msg.fileId !== "string" || !FILE_ID.test(msg.fileId)) {
    throw new Error(`invalid upload file id: ${JSON.stringify(msg.fileId)}`);
  }
  if (!(msg.data instanceof Uint8Array)) throw new Error("an upload's data must be a Uint8Array");
  FS.mkdirTree(UPLOAD_DIR);
  FS.writeFile(`${UPLOAD_DIR}/${msg.fileId}`, msg.data);
}
