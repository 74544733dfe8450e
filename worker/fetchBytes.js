// Downloads one of the boot's files as bytes (through the HTTP cache), with an
// error that names the file and the status.

export async function fetchBytes(url, what, init = {}) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new Error(`${what} could not be downloaded from ${url}: ${error?.message ?? error}`);
  }
  if (!response.ok) throw new Error(`${what} could not be downloaded from ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
