// protocol/preload-name.js: the page's first worker carries its preload message in its name.
import assert from "node:assert/strict";
import { test } from "node:test";
import { preloadFromWorkerName, preloadWorkerName } from "../../protocol/preload-name.js";

test("a preload message comes back from the name it was put in", () => {
  const msg = { type: "preload", indexURL: "https://example.org/site/pyodide/314.0.7/", boot: { snapshot: false } };
  assert.deepEqual(preloadFromWorkerName(preloadWorkerName(msg)), msg);
});

test("other names carry no preload", () => {
  for (const name of [undefined, "", "worker", "wasmlit-preload ", "wasmlit-preload {", 'wasmlit-preload {"type":"boot","indexURL":"x"}',
    'wasmlit-preload {"type":"preload"}', "wasmlit-preload null"]) {
    assert.equal(preloadFromWorkerName(name), null, String(name));
  }
});
