"""What a failed browser request says: which rule stopped it and what to do."""

from __future__ import annotations

from urllib.parse import urlsplit

DOCS = "wasmlit's docs/differences.md (Network)"


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def blocked_message(url: str, page_origin: str | None) -> str:
    """The message of a request the browser refused or could not complete.

    The browser does not tell a script why (a missing CORS header, a server
    that does not answer and a host that does not exist look the same), so the
    message names the likely cause for where the URL points."""
    page_origin = page_origin or ""
    target = origin_of(url)
    if page_origin == "null":
        return (
            f"The browser could not fetch {url}. This app runs in a sandboxed worker whose origin is "
            f"'null', so every URL, even one of this site, is cross-origin: the server must allow it with "
            f"CORS (the header Access-Control-Allow-Origin: *), and the browser must be able to reach it. "
            f"See {DOCS}."
        )
    if target and target == page_origin:
        return (
            f"The browser could not fetch {url} from the app's own site: the server did not answer "
            f"(is it still running, and is the browser online?). See {DOCS}."
        )
    mixed = (
        " An https:// page cannot fetch http:// URLs at all (mixed content): use https://."
        if page_origin.startswith("https:") and url.lower().startswith("http:")
        else ""
    )
    here = f" ({page_origin})" if page_origin else ""
    return (
        f"The browser blocked or could not complete the request to {url}. A wasmlit app runs in the "
        f"browser and is offline by default: it loads everything from its own site{here}, and a request "
        f"to another site goes through only when that site allows it with CORS (an "
        f"Access-Control-Allow-Origin header naming this page's origin, or *) and the browser can reach "
        f"it (it may be offline, or the host may not exist).{mixed} What to do: put the data into the "
        f"app's folder and open() it, serve it from the app's own site, or call an API that allows "
        f"CORS. See {DOCS}."
    )


def timeout_message(url: str, seconds: float) -> str:
    return f"The browser's request to {url} timed out after {seconds:g} s."
