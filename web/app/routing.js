// Which page of the app runs and with which query string: the routing fields
// of every rerun message, and the address bar (or an embedded app's in-memory
// location, location.js) kept in step with the page st.navigation shows.
//
//   const routing = createRouting({location, navigation, client});
//   routing.fields(target)         {pageScriptHash, pageName, queryString, client} for a rerun
//   routing.showPage(navigationMsg) the URL follows the page shown; -> {page, notFound}
//   routing.replaceQuery(qs)       st.query_params changed (pageInfo)
//   routing.setQueryString(update) a widget bound to the query string changed
//   routing.onBrowserNavigation(fn) back/forward: fn(target) -> the unsubscribe
//   routing.href(pageName, query)  a link to a page

/**
 * @typedef {object} PageTarget where a run goes (a nav link, st.page_link, back/forward)
 * @property {string} [pageScriptHash]
 * @property {string} [pageName]
 * @property {string} [queryString]
 */

/**
 * @param {{location: ReturnType<typeof import("./location.js").createBrowserLocation>,
 *          navigation: () => import("../../protocol/messages.js").NavigationMsg|null,
 *          client: () => object}} options
 *   navigation: st.navigation's last message (null: a single-page app);
 *   client: the browser's facts sent with each run (st.context)
 */
export function createRouting({ location, navigation, client }) {
  /** The page the app shows (its hash from st.navigation), for reruns that stay on it. */
  function currentPageHash() {
    return navigation()?.currentPageHash ?? "";
  }

  function currentPage() {
    const hash = currentPageHash();
    return (navigation()?.pages ?? []).find((page) => page.pageScriptHash === hash) ?? null;
  }

  /**
   * Where a run goes: the current page (or `target`), the URL's query string, the browser's facts.
   * @param {PageTarget|null} target
   */
  function fields(target = null) {
    const here = location.read();
    return {
      pageScriptHash: target ? target.pageScriptHash ?? "" : currentPageHash(),
      pageName: target ? target.pageName ?? "" : here.pageName,
      queryString: target?.queryString ?? here.queryString,
      client: client(),
    };
  }

  /**
   * A navigation message: the URL follows the page shown (a new history entry),
   * or is replaced by the default page's when the URL named no page.
   * @param {import("../../protocol/messages.js").NavigationMsg} msg
   * @returns {{page: import("../../protocol/messages.js").AppPage|null, notFound: string|null}}
   *   notFound: the URL's page name that named no page
   */
  function showPage(msg) {
    const page = (msg.pages ?? []).find((entry) => entry.pageScriptHash === msg.currentPageHash) ?? null;
    if (!page) return { page: null, notFound: null };
    const here = location.read();
    if (msg.pageNotFound) {
      location.replace(page.urlPath, msg.queryString);
      return { page, notFound: here.pageName };
    }
    if (here.pageName !== page.urlPath || here.queryString !== msg.queryString) location.push(page.urlPath, msg.queryString);
    return { page, notFound: null };
  }

  /** The script changed st.query_params: the same history entry, the new query string. */
  function replaceQuery(queryString) {
    const page = currentPage();
    location.replace(page ? page.urlPath : location.read().pageName, queryString ?? "");
  }

  /** Rewrites the query string (a bound widget's value; no new history entry). */
  function setQueryString(update) {
    const here = location.read();
    const next = update(here.queryString);
    if (next === here.queryString) return;
    const page = currentPage();
    location.replace(page ? page.urlPath : here.pageName, next);
  }

  /** @param {(target: PageTarget) => void} go the user went back or forward */
  function onBrowserNavigation(go) {
    return location.listen(() => {
      const here = location.read();
      go({ pageScriptHash: "", pageName: here.pageName, queryString: here.queryString });
    });
  }

  return {
    fields,
    showPage,
    replaceQuery,
    setQueryString,
    onBrowserNavigation,
    href: (pageName, queryString = "") => location.href(pageName, queryString ?? ""),
  };
}
