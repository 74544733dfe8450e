// Boot screens: progress while Pyodide and the app load, and the boot error box.
import { h } from "preact";

export const BOOT_PHASES = [
  { phase: "runtime", text: "Loading Python runtime…" },
  { phase: "python", text: "Starting Python…" },
  { phase: "packages", text: "Installing packages…" },
  { phase: "app", text: "Starting the app…" },
];

export function BootProgress({ phase, detail }) {
  const index = Math.max(0, BOOT_PHASES.findIndex((p) => p.phase === phase));
  const current = BOOT_PHASES[index] ?? BOOT_PHASES[0];
  return h("div", { class: "st-boot", "data-testid": "stBootProgress", "data-phase": phase ?? "runtime", role: "status", "aria-live": "polite" },
    h("div", { class: "st-spinner", "aria-hidden": "true" }),
    h("div", { class: "st-boot-text" },
      h("div", { class: "st-boot-title" }, current.text),
      detail ? h("div", { class: "st-boot-detail" }, detail) : null,
      h("ol", { class: "st-boot-steps", "aria-label": "Startup steps" },
        BOOT_PHASES.map((p, i) => h("li", {
          key: p.phase,
          class: i < index ? "st-done" : i === index ? "st-current" : undefined,
          "aria-current": i === index ? "step" : undefined,
        }, p.text.replace("…", ""))))));
}

export function BootError({ message }) {
  return h("div", { class: "st-boot-error", "data-testid": "stBootError", role: "alert" },
    h("div", { class: "st-boot-error-title" }, "This app could not start"),
    h("pre", { class: "st-boot-error-message" }, message || "Unknown error"),
    h("p", { class: "st-boot-error-help" },
      "Reload the page to try again. If the problem persists, open the browser's developer console for details, " +
        "and check that the site was built and served with wasmlit (the Python runtime files must be reachable)."));
}

/**
 * Problems outside any script run: `error`s (the runtime failed; a Restart
 * button replaces Python and starts a fresh session) and `notice`s (what the
 * page did about a problem, e.g. that it restarted Python).
 */
export function RuntimeErrors({ errors, onDismiss, onRestart }) {
  if (!errors.length) return null;
  return h("div", { class: "st-runtime-errors" },
    errors.map((error) => {
      const notice = error.kind === "notice";
      return h("div", {
        key: error.id,
        class: notice ? "st-runtime-error st-runtime-notice" : "st-runtime-error",
        "data-testid": notice ? "stRuntimeNotice" : "stRuntimeError",
        role: "alert",
      },
        h("div", { class: "st-runtime-error-text" },
          notice ? null : h("strong", null, "Runtime error: "), error.message,
          notice || !onRestart ? null : h("div", { class: "st-runtime-error-help" },
            "The app may not respond any more. Restart Python to continue: this session's state will be lost.")),
        notice || !onRestart ? null : h("button", { type: "button", class: "st-runtime-restart", onClick: () => onRestart() }, "Restart"),
        h("button", { type: "button", class: "st-icon-button", "aria-label": "Dismiss", onClick: () => onDismiss(error.id) }, "×"));
    }));
}
