// The app's options that the page itself needs, from the app's
// .streamlit/config.toml and the options given to the runtime (`--config k=v`,
// mount({config})), the latter winning:
//   client.toolbarMode  "auto" | "developer" | "viewer" | "minimal" (the header's toolbar)
//   [theme], [theme.sidebar], [theme.light], [theme.dark]  (theme-config.js)
// The worker reads the same file for the options Python needs.
// Parsing TOML and building a custom theme (theme-config.js) is loaded only for
// apps that have a config.toml or theme options.

export const CONFIG_TOML = ".streamlit/config.toml";
const TOOLBAR_MODES = ["auto", "developer", "viewer", "minimal"];

/**
 * @param {{files?: Object<string, string|Uint8Array>, config?: object}} app
 * @returns {Promise<{toolbarMode: string, theme: object|null}>} theme: theme.js setCustom()'s argument
 */
export async function readAppConfig({ files = {}, config = {} } = {}) {
  const file = files[CONFIG_TOML];
  const overrides = config ?? {};
  if (file === undefined && !Object.keys(overrides).some((key) => key.startsWith("theme."))) {
    return { toolbarMode: toolbarMode(overrides["client.toolbarMode"]), theme: null };
  }
  try {
    const { readOptions } = await import("./theme-config.js");
    return readOptions(typeof file === "object" ? new TextDecoder().decode(file) : file, overrides);
  } catch (error) {
    console.error(`wasmlit: could not read ${CONFIG_TOML}`, error);
    return { toolbarMode: toolbarMode(overrides["client.toolbarMode"]), theme: null };
  }
}

/** A client.toolbarMode value, "auto" for anything Streamlit would not take. */
export function toolbarMode(value) {
  const mode = String(value ?? "auto").toLowerCase();
  return TOOLBAR_MODES.includes(mode) ? mode : "auto";
}

/**
 * What the header shows, as Streamlit decides it: the toolbar (running state,
 * main menu) unless ?embed=true (without embed_options=show_toolbar) or
 * toolbarMode "minimal"; the developer's menu items (Rerun, Clear cache) for
 * "developer", and for "auto" when the page is served from this machine.
 * An app embedded in another page (web/embed/) has no main menu.
 */
export function chromeOptions({ toolbarMode: mode = "auto", embed, embedded, hostname }) {
  return {
    toolbarMode: mode,
    showToolbar: embed.showToolbar && mode !== "minimal",
    showMenu: !embedded,
    developerMode: !embedded && (mode === "developer" || (mode === "auto" && (hostname === "localhost" || hostname === "127.0.0.1"))),
  };
}
