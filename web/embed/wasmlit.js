// dist/wasmlit.js: the embedding entry point. Load it as a module from where
// the built site lives (any sub-path); everything it loads (the worker,
// pyodide/, lazy chunks, fonts) is found relative to this file's own URL.
//
//   import { mount } from "./wasmlit/wasmlit.js";
//   const app = mount(element, { files: {"app.py": "..."}, requirements: [], config: {} });
//   await app.ready; app.rerun(); await app.writeFile("app.py", text); app.unmount();
//
// Importing it also defines <wasmlit-app> (see docs/embedding.md).
import { defineAppElement } from "./app-element.js";
import { setSiteBase } from "./site-urls.js";

const DEV_ROOT = "/"; // the dev server serves the site from its root
setSiteBase(import.meta.env.DEV ? new URL(DEV_ROOT, location.href).href : import.meta.url.replace(/[^/]*$/, ""));
defineAppElement();

export { mount } from "./mount.js";
export { WasmlitAppElement } from "./app-element.js";
