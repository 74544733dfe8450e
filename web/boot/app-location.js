// Where an app's location (path + query string) comes from and goes to: the
// one seam for page routing and query parameters. The standalone page uses the
// address bar; an app embedded in another page keeps its own location in
// memory and never touches the host page's address bar.
//
//   location.read()            -> { pathname: string, search: string }
//   location.write({pathname, search}, {replace: bool})

/** The address bar of the window (the standalone page). */
export function addressBarLocation(win = window) {
  return {
    read: () => ({ pathname: win.location.pathname, search: win.location.search }),
    write({ pathname, search }, { replace = false } = {}) {
      const url = new URL(win.location.href);
      if (pathname !== undefined) url.pathname = pathname;
      if (search !== undefined) url.search = search;
      if (replace) win.history.replaceState(win.history.state, "", url);
      else win.history.pushState(null, "", url);
    },
  };
}

/** A location held in memory (an embedded app). */
export function memoryLocation({ pathname = "/", search = "" } = {}) {
  let current = { pathname, search };
  return {
    read: () => ({ ...current }),
    write(next) {
      current = { pathname: next.pathname ?? current.pathname, search: next.search ?? current.search };
    },
  };
}
