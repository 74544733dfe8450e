// Downloads one of the boot's gzipped files as bytes (through the HTTP cache), with an
// error that names the file and the status.
import { isGzip } from "./file-archive.js";

/**
 * Downloads a file the build gzipped, decompressing it while it arrives (the
 * download and the decompression overlap). A host may have decoded it already
 * (it sent the file with Content-Encoding: gzip): then its bytes are kept as they are.
 * @returns {Promise<Uint8Array>}
 */
export async function fetchGunzipped(url, what, init = {}) {
  const response = await fetchOk(url, what, init);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  return gunzipBody(response.body, url, what);
}

/**
 * A downloaded body's bytes, decompressed if they are gzip (fetchGunzipped;
 * worker/gunzip-thread.js runs it on a body transferred to it).
 * @param {ReadableStream<Uint8Array>} stream
 * @returns {Promise<Uint8Array>}
 */
export async function gunzipBody(stream, url, what) {
  const reader = stream.getReader();
  const first = await readAtLeast(reader, 2);
  const rest = new ReadableStream({
    start(controller) {
      if (first.length) controller.enqueue(first);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const body = isGzip(first) ? rest.pipeThrough(new DecompressionStream("gzip")) : rest;
  try {
    return new Uint8Array(await new Response(body).arrayBuffer());
  } catch (error) {
    throw new Error(`${what} from ${url} could not be read: ${error?.message ?? error}`);
  }
}

export async function fetchOk(url, what, init = {}) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new Error(`${what} could not be downloaded from ${url}: ${error?.message ?? error}`);
  }
  if (!response.ok) throw new Error(`${what} could not be downloaded from ${url}: HTTP ${response.status}`);
  return response;
}

/** The stream's first chunks, joined, until there are `count` bytes or it ends. */
async function readAtLeast(reader, count) {
  const chunks = [];
  let length = 0;
  while (length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
