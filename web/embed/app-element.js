// <wasmlit-app>: an app embedded by markup (markup.js reads its files). With
// `lazy` it boots only once it scrolls into view; with `editor` it is a
// live-edit playground (playground.js, loaded only then). A share link for
// this element (share.js) replaces its files and shows them at once (even if
// lazy); Python starts when the visitor clicks Run, or at once with
// `autorun-shared` (a page that trusts its share links).
//
// Properties: .controller (after start; see mount.js), .ready (a promise of
// the controller once the app runs), .start() boots a lazy app now.
// Events on the element: wasmlit-progress, wasmlit-ready, wasmlit-error,
// wasmlit-run, wasmlit-share ({detail}).
import { createAppView } from "../app/index.js";
import { mountIn, newAppWorker, prepareShadowRoot } from "./mount.js";
import { readAppMarkup } from "./markup.js";
import { decodeShare, sharedPayload, shareTarget } from "./share.js";
import { siteURLs } from "./site-urls.js";
import { dropSpareWorker, prepareSpareWorker } from "./spare-worker.js";

export const TAG = "wasmlit-app";

/** Lazy apps not started yet: while there are any, a spare worker waits for them. */
const waitingLazyApps = new Set();

/** No lazy app waits any more: the spare (if nobody took it) is ended. */
function dropSpareIfUnneeded() {
  if (waitingLazyApps.size === 0) dropSpareWorker();
}

export class WasmlitAppElement extends HTMLElement {
  #started = false;
  #observer = null;
  #resolveReady;
  #generation = 0;

  constructor() {
    super();
    this.controller = null;
    this.ready = new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
  }

  connectedCallback() {
    if (this.#started || this.#observer) return;
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => this.isConnected && this.connectedCallback(), { once: true });
      return;
    }
    const shared = sharedPayload(location.hash, this.#target());
    if (this.hasAttribute("lazy") && !shared) this.#waitUntilVisible();
    else this.start();
  }

  disconnectedCallback() {
    if (waitingLazyApps.delete(this)) dropSpareIfUnneeded();
    this.#observer?.disconnect();
    this.#observer = null;
    this.#generation++;
    this.controller?.unmount();
    this.controller = null;
    this.#started = false;
  }

  /** Boots the app now (a lazy one would wait to be scrolled into view). */
  start() {
    if (this.#started) return this.ready;
    this.#started = true;
    waitingLazyApps.delete(this); // the spare is dropped once this app has taken it (#boot)
    this.#observer?.disconnect();
    this.#observer = null;
    this.#boot(++this.#generation);
    return this.ready;
  }

  #target() {
    return shareTarget(this, document.querySelectorAll(`${TAG}[editor]`));
  }

  #waitUntilVisible() {
    const shadow = prepareShadowRoot(this);
    const waiting = document.createElement("div");
    waiting.className = "wasmlit-waiting";
    waiting.setAttribute("data-testid", "wasmlitLazy");
    waiting.textContent = "This Python app starts when it scrolls into view.";
    shadow.append(waiting);
    waitingLazyApps.add(this);
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.start();
      },
      { rootMargin: "200px" },
    );
    this.#observer.observe(this);
  }

  async #boot(generation) {
    const shadow = prepareShadowRoot(this);
    const editor = this.hasAttribute("editor");
    const target = this.#target();
    let options;
    let gated = false;
    try {
      options = await readAppMarkup(this);
      const shared = editor ? sharedPayload(location.hash, target) : null;
      if (shared) {
        // Someone else's code: shown, and run only on the visitor's click,
        // unless this page trusts its share links.
        gated = !this.hasAttribute("autorun-shared");
        options = { ...options, ...(await decodeShare(shared)) };
        requestAnimationFrame(() => this.scrollIntoView({ block: "start" }));
      }
    } catch (error) {
      if (generation === this.#generation) showStaticError(shadow, error.message);
      this.dispatchEvent(new CustomEvent("wasmlit-error", { detail: { kind: "boot", message: error.message } }));
      dropSpareIfUnneeded();
      return;
    }
    if (generation !== this.#generation) return;
    let controller;
    try {
      if (editor) {
        const { mountPlayground } = await import("./playground.js");
        if (generation !== this.#generation) return;
        controller = await mountPlayground(this, shadow, options, { target, gated });
      } else {
        controller = mountIn(shadow, this, options);
      }
    } catch (error) {
      if (generation === this.#generation) showStaticError(shadow, error.message);
      dropSpareIfUnneeded();
      return;
    }
    dropSpareIfUnneeded();
    if (generation !== this.#generation) {
      controller.unmount();
      return;
    }
    this.controller = controller;
    this.#resolveReady(controller);
    // Once this app runs, Python is started ahead for the next lazy app.
    controller.ready?.then(
      () => {
        const [next] = waitingLazyApps;
        if (!next) return;
        const urls = siteURLs();
        prepareSpareWorker(
          { indexURL: urls.pyodide, micropipURL: urls.micropip, sameOrigin: next.hasAttribute("same-origin") },
          newAppWorker,
        );
      },
      () => {},
    );
  }
}

/** A clear message in the app's box when the app cannot even be started. */
function showStaticError(shadow, message) {
  const root = document.createElement("div");
  root.className = "wasmlit-app-root";
  shadow.replaceChildren(root);
  const view = createAppView(root, { send() {}, embedded: true, portalRoot: shadow });
  view.showBootError(message);
  view.setConnectionState("DISCONNECTED_FOREVER");
}

export function defineAppElement(registry = customElements) {
  if (!registry.get(TAG)) registry.define(TAG, WasmlitAppElement);
}
