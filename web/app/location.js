// Where the app is: the page's URL pathname and the query string, read and
// written through one small interface so that a standalone app can use the
// browser's address bar and an embedded one a private, in-memory location.
//
//   location.read()                      -> { pageName, queryString }
//   location.push(pageName, queryString) a new history entry (page switches)
//   location.replace(pageName, queryString)  same entry (query changes, fallbacks)
//   location.href(pageName, queryString) the link to a page (for <a href>)
//   location.listen(fn)                  fn() when the user goes back/forward
//   location.appURL()                    the app's URL for st.context.url
//
// Query keys starting with "wasmlit_" are the runtime's own options (e.g.
// ?wasmlit_boot_timeout_ms=…): scripts do not see them and they stay in the URL.

const OWN_KEY = /^wasmlit_/;

function splitQuery(search) {
  const own = new URLSearchParams();
  const app = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) (OWN_KEY.test(key) ? own : app).append(key, value);
  return { own, app };
}

function joinQuery(own, queryString) {
  const parts = [own.toString(), queryString ?? ""].filter(Boolean);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** The address bar of a standalone app page; pages live at <base><url_path>. */
export function createBrowserLocation(win = window) {
  const doc = win.document;
  // The site's folder: where index.html (or a page's copy with <base href="../">) sits.
  const basePath = () => new URL(".", doc.baseURI).pathname;
  const pageNameOf = (pathname) => {
    const base = basePath();
    const rest = pathname.startsWith(base) ? pathname.slice(base.length) : "";
    return decodeURIComponent(rest.replace(/\/+$/, "").replace(/\/index\.html$|^index\.html$/, ""));
  };
  const urlFor = (pageName, queryString) => {
    const { own } = splitQuery(win.location.search);
    const path = basePath() + (pageName ? encodeURIComponent(pageName) : "");
    return path + joinQuery(own, queryString) + win.location.hash;
  };
  return {
    read() {
      return { pageName: pageNameOf(win.location.pathname), queryString: splitQuery(win.location.search).app.toString() };
    },
    push(pageName, queryString) {
      const url = urlFor(pageName, queryString);
      if (url !== win.location.pathname + win.location.search + win.location.hash) win.history.pushState(null, "", url);
    },
    replace(pageName, queryString) {
      win.history.replaceState(win.history.state, "", urlFor(pageName, queryString));
    },
    href(pageName, queryString) {
      return urlFor(pageName, queryString);
    },
    listen(fn) {
      win.addEventListener("popstate", fn);
      return () => win.removeEventListener("popstate", fn);
    },
    appURL() {
      return win.location.origin + win.location.pathname;
    },
  };
}

/** A location of its own, for an app embedded in a page it does not own. */
export function createMemoryLocation({ pageName = "", queryString = "", url = "" } = {}) {
  let current = { pageName, queryString };
  const listeners = new Set();
  return {
    read: () => ({ ...current }),
    push(name, query) {
      current = { pageName: name, queryString: query ?? "" };
    },
    replace(name, query) {
      current = { pageName: name, queryString: query ?? "" };
    },
    href: (name, query) => `#${name}${query ? `?${query}` : ""}`,
    listen(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    appURL: () => url,
  };
}

/** What st.context can know about this browser. */
export function clientInfo(location, rootElement) {
  const doc = rootElement?.ownerDocument ?? document;
  const win = doc.defaultView ?? window;
  let timezone = null;
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    timezone = null;
  }
  let embedded = false;
  try {
    embedded = win.self !== win.top;
  } catch {
    embedded = true;
  }
  return {
    timezone,
    timezoneOffset: new Date().getTimezoneOffset(),
    locale: win.navigator?.language ?? null,
    url: location.appURL(),
    isEmbedded: embedded,
    // theme: the app view adds the type of the theme it shows (theme.js).
  };
}
