// Share links: a playground's files in the URL fragment, deflate-compressed
// (CompressionStream) and base64url-encoded:
//   #wasmlit-<target>=<payload>
// <target> names the playground on the page (its id attribute, else its
// position among the page's playgrounds, from 1). The payload is the JSON
// {v: 1, entrypoint, files: {path: text}, requirements} compressed.

const PREFIX = "wasmlit-";

/** The fragment key of the playground `element` (one of `all`, in page order). */
export function shareTarget(element, all) {
  if (element.id) return element.id;
  return String(Array.prototype.indexOf.call(all, element) + 1);
}

export async function encodeShare({ files, entrypoint, requirements = [] }) {
  const text = {};
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === "string") text[path] = content;
  }
  const json = JSON.stringify({ v: 1, entrypoint, files: text, requirements });
  const compressed = await transform(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return base64url(compressed);
}

export async function decodeShare(payload) {
  const bytes = fromBase64url(payload);
  const json = new TextDecoder().decode(await transform(bytes, new DecompressionStream("deflate-raw")));
  const data = JSON.parse(json);
  if (data?.v !== 1 || typeof data.files !== "object" || typeof data.entrypoint !== "string") {
    throw new Error("the shared playground link is not one this version of wasmlit can read");
  }
  return { files: data.files, entrypoint: data.entrypoint, requirements: data.requirements ?? [] };
}

/** The fragment `hash` ("#a=b&c=d") with `target`'s entry set to `payload`. */
export function withShare(hash, target, payload) {
  const entries = parseHash(hash).filter(([key]) => key !== PREFIX + target);
  entries.push([PREFIX + target, payload]);
  return "#" + entries.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join("&");
}

/** The payload for `target` in the fragment `hash`, or null. */
export function sharedPayload(hash, target) {
  const entry = parseHash(hash).find(([key]) => key === PREFIX + target);
  return entry ? entry[1] : null;
}

function parseHash(hash) {
  return String(hash ?? "")
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part, null] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

async function transform(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function base64url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const base64 = String(text).replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
