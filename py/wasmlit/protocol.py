"""The worker <-> page messages, typed: the one schema of the protocol.

Every message is a plain object with a ``type`` tag. The TypedDicts below
(``*Msg``) document each message field by field; the element and block props
are in wasmlit.protocol_props. scripts/gen_protocol.py writes the JavaScript
side from this module (protocol/schema.js: the tags, the shared constants and
JSDoc typedefs that web/ and worker/ import); py/tests/test_protocol.py fails
when that file is stale. The builders at the end make the worker -> page
messages the Python runtime sends.

The element tree: nodes addressed by paths of integers. path[0] is the root
container (``ROOT``). A block node at path P holds its children at P + (i,).
A ``delta`` puts a node at a path, replacing what was there. At ``runStarted``
every node becomes stale (with fragmentIds: only what is inside those
fragments' containers); a node put by the current run is fresh again; at
``runFinished`` with status complete, error or stopped the stale nodes are
removed; with rerun (cut short for a newer run) they stay for that run. A node
whose type is unchanged keeps its DOM (and a widget its in-page value unless
``props.setValue`` is true).
"""

from collections.abc import Callable, Mapping
from typing import Any, Final, Literal, NotRequired, TypedDict

# -- shared constants (protocol/schema.js exports the same values) ------------

# Message tags, page -> worker.
BOOT: Final = "boot"
PRELOAD: Final = "preload"
RERUN: Final = "rerun"
STOP: Final = "stop"
UPLOAD: Final = "upload"
WRITE_FILES: Final = "writeFiles"
READ_FILE: Final = "readFile"
INSTALL: Final = "install"
CLEAR_CACHE: Final = "clearCache"

# Message tags, worker -> page.
BOOT_PROGRESS: Final = "bootProgress"
READY: Final = "ready"
BOOT_ERROR: Final = "bootError"
RUN_STARTED: Final = "runStarted"
DELTA: Final = "delta"
RUN_FINISHED: Final = "runFinished"
NAVIGATION: Final = "navigation"
PAGE_INFO: Final = "pageInfo"
PAGE_CONFIG: Final = "pageConfig"
LOGO: Final = "logo"
RUNTIME_ERROR: Final = "runtimeError"
PYTHON_FAILED: Final = "pythonFailed"
REPLY: Final = "reply"

TO_WORKER_TAGS = {
    "BOOT": BOOT,
    "PRELOAD": PRELOAD,
    "RERUN": RERUN,
    "STOP": STOP,
    "UPLOAD": UPLOAD,
    "WRITE_FILES": WRITE_FILES,
    "READ_FILE": READ_FILE,
    "INSTALL": INSTALL,
    "CLEAR_CACHE": CLEAR_CACHE,
}
FROM_WORKER_TAGS = {
    "BOOT_PROGRESS": BOOT_PROGRESS,
    "READY": READY,
    "BOOT_ERROR": BOOT_ERROR,
    "RUN_STARTED": RUN_STARTED,
    "DELTA": DELTA,
    "RUN_FINISHED": RUN_FINISHED,
    "NAVIGATION": NAVIGATION,
    "PAGE_INFO": PAGE_INFO,
    "PAGE_CONFIG": PAGE_CONFIG,
    "LOGO": LOGO,
    "RUNTIME_ERROR": RUNTIME_ERROR,
    "PYTHON_FAILED": PYTHON_FAILED,
    "REPLY": REPLY,
}

# Messages of an opaque-origin (sandboxed) worker and its page, beside the
# protocol above (web/boot/sandboxed-worker.js): an embedded app's worker is
# started from a data: URL, so it cannot read the host site's files; the page
# hands it the runtime's code and serves the few site files the runtime needs.
SANDBOX_TAGS = {
    "RUNTIME": "sandboxRuntime",
    "WASM_MODULE": "sandboxWasmModule",
    "SITE_FETCH": "siteFetch",
    "SITE_FETCHED": "siteFetched",
}

# How a run ended (runFinished.status).
RunStatus = Literal["complete", "rerun", "stopped", "error", "compileError", "kept"]
RUN_COMPLETE: Final = "complete"
RUN_RERUN: Final = "rerun"
"""Cut short for a newer run: its stale nodes stay."""
RUN_STOPPED: Final = "stopped"
"""The user stopped it."""
RUN_ERROR: Final = "error"
"""An exception escaped the runtime (the worker closes the run with it)."""
RUN_COMPILE_ERROR: Final = "compileError"
"""The script did not compile; nothing ran."""
RUN_KEPT: Final = "kept"
"""The run ended in its callbacks (sys.exit() there, or the user's Stop of a callback that
would not return) before the script drew anything: the page keeps what it shows (stale nodes stay)."""
RUN_STATUS = {
    "COMPLETE": RUN_COMPLETE,
    "RERUN": RUN_RERUN,
    "STOPPED": RUN_STOPPED,
    "ERROR": RUN_ERROR,
    "COMPILE_ERROR": RUN_COMPILE_ERROR,
    "KEPT": RUN_KEPT,
}
# Run statuses after which the stale nodes are removed.
RUN_STATUSES_THAT_CLEAR = (RUN_COMPLETE, RUN_ERROR, RUN_STOPPED)

# stApp's data-test-script-state (Streamlit's ScriptRunState names).
SCRIPT_STATE = {
    "INITIAL": "initial",
    "RUNNING": "running",
    "NOT_RUNNING": "notRunning",
    "COMPILATION_ERROR": "compilationError",
}

# The root containers (path[0] of every node).
MAIN_ROOT: Final = 0
SIDEBAR_ROOT: Final = 1
EVENT_ROOT: Final = 2
"""Toasts: overlays with their own lifetime, never stale, not cleared at run end."""
BOTTOM_ROOT: Final = 3
"""stBottom, pinned below the main area: a top-level st.chat_input."""
ROOT = {"MAIN": MAIN_ROOT, "SIDEBAR": SIDEBAR_ROOT, "EVENT": EVENT_ROOT, "BOTTOM": BOTTOM_ROOT}

# The shared interrupt buffer (an Int32Array of two slots over a SharedArrayBuffer;
# cross-origin isolated pages only): slot 0 is Pyodide's interrupt buffer (the
# page writes SIGINT); slot 1 says what the page wants (a stop outranks a rerun);
# the worker clears it when it takes the page's message.
INTERRUPT = {"SIGNAL_SLOT": 0, "REQUEST_SLOT": 1, "SIGINT": 2, "REQUEST_RERUN": 1, "REQUEST_STOP": 2}
INTERRUPT_REQUESTS = {1: "rerun", 2: "stop"}


# -- the element tree --------------------------------------------------------


class ElementNode(TypedDict):
    kind: Literal["element"]
    type: str
    """One of protocol_props.ELEMENT_PROPS."""
    props: dict[str, Any]
    command: NotRequired[str]
    """The Streamlit command that made it ("divider", "latex", "write", ...)."""


class BlockNode(TypedDict):
    kind: Literal["block"]
    type: str
    """One of protocol_props.BLOCK_PROPS."""
    props: dict[str, Any]
    command: NotRequired[str]


Node = ElementNode | BlockNode


# -- page -> worker ----------------------------------------------------------


class ClientInfo(TypedDict, total=False):
    """What st.context reports about the browser."""

    timezone: str
    timezoneOffset: int
    locale: str
    url: str
    isEmbedded: bool
    theme: dict[str, Any]
    """{type: "light"|"dark"}."""


class RunRouting(TypedDict, total=False):
    """Which page a run shows (in every rerun and in boot's firstRun)."""

    pageScriptHash: str
    """The page to run by hash ("" = by pageName)."""
    pageName: str
    """The page's URL pathname ("" = the default page)."""
    queryString: str
    """The URL's query string, without "?"."""
    client: ClientInfo


class PlannedWheel(TypedDict):
    name: str
    version: str
    file: str
    url: str
    sha256: str | None


class PlannedPyodidePackage(TypedDict):
    name: str
    version: str
    shipped: bool


class PackagePlan(TypedDict):
    """How to install the boot's requirements (worker/packages.js)."""

    requirements: list[str]
    """The ones resolved into this plan."""
    wheels: list[PlannedWheel]
    """Pure-Python wheels: downloaded, checked, installed without dependency resolution."""
    pyodide: list[PlannedPyodidePackage]
    """Pyodide's compiled packages, loaded from pyodideBaseURL."""
    indexURLs: list[str] | None
    """Set: install the requirements with micropip from these indexes (wheels/pyodide empty)."""
    pyodideBaseURL: str | None
    pyodideLockURL: NotRequired[str | None]
    """loadPyodide's lockFileURL: the site's merged lock, with the packages of
    `wasmlit build --pyodide-packages DIR` (None: indexURL's pyodide-lock.json)."""
    pyodideVersion: str | None
    pyodideSource: NotRequired[Literal["url", "folder"] | None]
    """Where the site gets Pyodide's compiled packages (--pyodide-packages-url,
    --pyodide-packages, or nowhere: the bundled npm package has none)."""
    error: str | None
    """The requirements could not be resolved: the boot fails with this text."""


class BootSwitches(TypedDict, total=False):
    """False switches that boot optimisation off, for measurements
    (`?wasmlit_boot=no-snapshot,...` on the page)."""

    snapshot: bool
    """The memory snapshot."""
    bytecode: bool
    codeCache: bool
    """Chromium's wasm code cache."""


class BootMsg(TypedDict):
    type: Literal["boot"]
    files: dict[str, str | bytes]
    """The app folder: path -> text or bytes (Uint8Array)."""
    entrypoint: str
    config: dict[str, Any]
    indexURL: str
    """The site's pyodide/ folder; Pyodide and wasmlit's boot files are in its <version>/ folder
    (worker/boot-files.js)."""
    micropipURL: str | None
    requirements: list[str]
    packages: NotRequired[PackagePlan | None]
    interruptBuffer: NotRequired[Any]
    """An Int32Array over a SharedArrayBuffer (see INTERRUPT), or null."""
    firstRun: NotRequired[RunRouting]
    """The run the worker starts once it is ready."""
    boot: NotRequired[BootSwitches]
    sourceDir: NotRequired[str | None]
    """The app folder's path on the author's machine (`wasmlit serve`); tracebacks show it in
    place of the folder's path in the browser (None: paths relative to the folder)."""


class PreloadPackages(TypedDict, total=False):
    pyodideBaseURL: str | None


class PreloadMsg(TypedDict):
    """Start Python now, before the app is known (the same fields as in `boot`); the
    `boot` message that follows uses it when it asks for the same (otherwise Python is
    started again for it). Optional; nothing is answered. A spare worker on a page with
    lazy apps, or the page's worker while the page still downloads the app. The page's
    first worker gets it in its name instead, so that it starts before the page's busy
    main thread would deliver a message (protocol/preload-name.js)."""

    type: Literal["preload"]
    indexURL: str
    boot: NotRequired[BootSwitches]
    packages: NotRequired[PreloadPackages]


class RerunMsg(RunRouting):
    """Run callbacks for changed widgets, then the app (or the fragment)."""

    type: Literal["rerun"]
    widgets: dict[str, Any]
    """widget id -> value: every widget in the tree (in a form: as of its last submit);
    a button click carries True in that one rerun only."""
    fragmentId: NotRequired[str | None]
    """Rerun only that fragment; None = the whole app."""
    triggers: NotRequired[list[str]]
    """The ids in `widgets` whose value is a one-shot event (a button's click, a chat
    submission): the worker merges a rerun into a waiting one only when their triggers
    differ, so every click is one trigger, and a run is cut short for a newer event only
    once it has used its triggers."""
    seq: NotRequired[int]
    """The page's count of reruns sent (1, 2, ...); runStarted echoes the highest seq the run includes."""
    navigation: NotRequired[bool]
    """A page link / the address bar asked for this run; if it goes to another page, only
    the entrypoint's widgets (drawn around st.navigation) keep the values sent, as
    Streamlit 1.67's page does."""


class StopMsg(TypedDict):
    """Stop the current run at its next st.* call."""

    type: Literal["stop"]


class UploadMsg(TypedDict):
    """A picked file's bytes; the worker writes them to /tmp/wasmlit-uploads/<fileId>."""

    type: Literal["upload"]
    fileId: str
    """[A-Za-z0-9_-], at most 128."""
    name: str
    mime: str
    data: bytes
    """A Uint8Array (its buffer is transferred)."""


class WriteFilesMsg(TypedDict):
    """Write (and delete) files of the app folder; answered by `reply` with
    {sourceChanged, runOnSave, allowRunOnSave}."""

    type: Literal["writeFiles"]
    requestId: int
    files: dict[str, str | bytes]
    removed: NotRequired[list[str]]


class ReadFileMsg(TypedDict):
    """Read a file of the app folder; `reply` value: its bytes."""

    type: Literal["readFile"]
    requestId: int
    path: str


class InstallMsg(TypedDict):
    """Install packages with micropip; `reply` value: null."""

    type: Literal["install"]
    requestId: int
    requirements: list[str]


class ClearCacheMsg(TypedDict):
    """Empty every st.cache_data / st.cache_resource cache, between runs. No answer."""

    type: Literal["clearCache"]


ToWorker = (
    BootMsg | PreloadMsg | RerunMsg | StopMsg | UploadMsg | WriteFilesMsg | ReadFileMsg | InstallMsg | ClearCacheMsg
)


# -- worker -> page ----------------------------------------------------------


class BootProgressMsg(TypedDict):
    type: Literal["bootProgress"]
    phase: Literal["runtime", "python", "packages", "app"]
    detail: str


class ReadyMsg(TypedDict):
    """The runtime is up; the first run follows."""

    type: Literal["ready"]
    pythonVersion: str
    pyodideVersion: str


class BootErrorMsg(TypedDict):
    """The boot failed; the worker is unusable."""

    type: Literal["bootError"]
    message: str


class RunStartedMsg(TypedDict):
    type: Literal["runStarted"]
    runId: int
    fragmentIds: list[str]
    """Empty: a run of the whole app."""
    seq: NotRequired[int]
    """The highest rerun seq this run includes (0: the first run)."""


class DeltaMsg(TypedDict):
    type: Literal["delta"]
    runId: int
    path: list[int]
    node: Node


class AutoRerun(TypedDict):
    fragmentId: str
    intervalSeconds: int | float


class RunFinishedMsg(TypedDict):
    """A run ended. With "compileError" nothing ran and the page keeps what it showed."""

    type: Literal["runFinished"]
    runId: int
    status: RunStatus
    fragmentIds: list[str]
    """The fragments this run reran (as in its runStarted)."""
    autoReruns: list[AutoRerun]
    """The fragments with run_every the app has now (the page keeps their timers)."""
    compileError: NotRequired[str]
    """The text Streamlit's "Script execution error" dialog shows."""


class AppPage(TypedDict):
    pageScriptHash: str
    title: str
    icon: str | None
    urlPath: str
    """"" = the default page."""
    isDefault: bool
    section: str | None
    hidden: bool
    help: NotRequired[str | None]
    externalUrl: NotRequired[str | None]


class NavigationMsg(TypedDict):
    """st.navigation ran (also for an app with a pages/ folder)."""

    type: Literal["navigation"]
    pages: list[AppPage]
    sections: list[str]
    position: Literal["sidebar", "top", "hidden"]
    expanded: bool
    visibleItems: int | None
    currentPageHash: str
    pageNotFound: bool
    queryString: str


class PageInfoMsg(TypedDict):
    """st.query_params changed: the page updates its URL."""

    type: Literal["pageInfo"]
    queryString: str


class PageConfigMsg(TypedDict):
    type: Literal["pageConfig"]
    title: str | None
    icon: str | None
    layout: str | None
    initialSidebarState: str | None
    sidebarWidth: NotRequired[int]
    """initial_sidebar_state given as a width in pixels (the page does not use it yet)."""


class LogoImage(TypedDict):
    kind: Literal["image", "emoji", "icon"]
    value: str | None
    """The emoji, or the Material icon's name."""
    src: dict[str, Any] | None
    """A MediaSource (kind "image")."""


class LogoMsg(TypedDict):
    """st.logo; the page drops it when a full run ends without sending it again."""

    type: Literal["logo"]
    runId: int
    image: LogoImage
    iconImage: LogoImage | None
    link: str | None
    size: Literal["small", "medium", "large"]


class RuntimeErrorMsg(TypedDict):
    """An internal error outside any script run."""

    type: Literal["runtimeError"]
    message: str


class PythonFailedMsg(TypedDict):
    """Python can no longer run in this worker (os._exit(), a stack overflow in C code, a
    fatal error of the WebAssembly instance). The worker takes no more events; the page
    replaces it (a new session: st.session_state starts empty) and says so."""

    type: Literal["pythonFailed"]
    message: str
    """Why, e.g. "the script ended the Python process (exit code 1)"."""


class ReplyMsg(TypedDict):
    """The answer to a writeFiles / readFile / install request with the same requestId."""

    type: Literal["reply"]
    requestId: int
    ok: bool
    value: NotRequired[Any]
    error: NotRequired[str]


FromWorker = (
    BootProgressMsg
    | ReadyMsg
    | BootErrorMsg
    | RunStartedMsg
    | DeltaMsg
    | RunFinishedMsg
    | NavigationMsg
    | PageInfoMsg
    | PageConfigMsg
    | LogoMsg
    | RuntimeErrorMsg
    | PythonFailedMsg
    | ReplyMsg
)


class SandboxRuntimeMsg(TypedDict):
    """page -> sandboxed worker, first: the worker imports `source`; its GET requests
    to siteOrigin go to the page (siteFetch) instead of the network."""

    type: Literal["sandboxRuntime"]
    source: str
    """The worker bundle's code."""
    siteOrigin: str


class SandboxWasmModuleMsg(TypedDict):
    """page -> sandboxed worker, after sandboxRuntime: Pyodide's wasm, compiled once by
    the page for all its embedded apps. The worker instantiates it instead of
    compiling the bytes (a sandboxed worker gets no compiled-code cache); where it
    comes too late, or cannot be used, the worker compiles the wasm itself."""

    type: Literal["sandboxWasmModule"]
    url: str
    """The wasm's URL (the worker uses the module only for that file)."""
    module: Any
    """A WebAssembly.Module."""


class SiteFetchMsg(TypedDict):
    """sandboxed worker -> page: a GET of a site file."""

    type: Literal["siteFetch"]
    id: int
    url: str


class SiteFetchedMsg(TypedDict):
    """page -> sandboxed worker: the answer. The page serves only the runtime's own
    files (Pyodide's folder, micropip, the app's wheelhouse and package base) and
    answers 403 to anything else."""

    type: Literal["siteFetched"]
    id: int
    status: int
    statusText: str
    contentType: str | None
    body: Any
    """An ArrayBuffer (transferred), or null."""


# Sends one worker -> page message (a FromWorker; builders return the TypedDicts).
Emit = Callable[[Mapping[str, Any]], None]

TO_WORKER_MESSAGES: dict[str, type] = {
    BOOT: BootMsg,
    PRELOAD: PreloadMsg,
    RERUN: RerunMsg,
    STOP: StopMsg,
    UPLOAD: UploadMsg,
    WRITE_FILES: WriteFilesMsg,
    READ_FILE: ReadFileMsg,
    INSTALL: InstallMsg,
    CLEAR_CACHE: ClearCacheMsg,
}
FROM_WORKER_MESSAGES: dict[str, type] = {
    BOOT_PROGRESS: BootProgressMsg,
    READY: ReadyMsg,
    BOOT_ERROR: BootErrorMsg,
    RUN_STARTED: RunStartedMsg,
    DELTA: DeltaMsg,
    RUN_FINISHED: RunFinishedMsg,
    NAVIGATION: NavigationMsg,
    PAGE_INFO: PageInfoMsg,
    PAGE_CONFIG: PageConfigMsg,
    LOGO: LogoMsg,
    RUNTIME_ERROR: RuntimeErrorMsg,
    PYTHON_FAILED: PythonFailedMsg,
    REPLY: ReplyMsg,
}


# -- builders of the messages the Python runtime sends ------------------------


def run_started(run_id: int, fragment_ids: list[str] | None = None) -> RunStartedMsg:
    return {"type": RUN_STARTED, "runId": run_id, "fragmentIds": list(fragment_ids or [])}


def run_finished(
    run_id: int,
    status: RunStatus,
    fragment_ids: list[str] | None = None,
    auto_reruns: list[AutoRerun] | None = None,
    *,
    compile_error: str | None = None,
) -> RunFinishedMsg:
    message: RunFinishedMsg = {
        "type": RUN_FINISHED,
        "runId": run_id,
        "status": status,
        "fragmentIds": list(fragment_ids or []),
        "autoReruns": list(auto_reruns or []),
    }
    if compile_error is not None:
        message["compileError"] = compile_error
    return message


def navigation(
    *,
    pages: list[AppPage],
    sections: list[str],
    position: Literal["sidebar", "top", "hidden"],
    expanded: bool,
    visible_items: int | None,
    current_page_hash: str,
    page_not_found: bool,
    query_string: str,
) -> NavigationMsg:
    return {
        "type": NAVIGATION,
        "pages": pages,
        "sections": sections,
        "position": position,
        "expanded": expanded,
        "visibleItems": visible_items,
        "currentPageHash": current_page_hash,
        "pageNotFound": page_not_found,
        "queryString": query_string,
    }


def page_info(query_string: str) -> PageInfoMsg:
    """The session's query string changed (st.query_params): the page updates its address bar."""
    return {"type": PAGE_INFO, "queryString": query_string}


def delta(run_id: int, path: tuple[int, ...], node: Node) -> DeltaMsg:
    return {"type": DELTA, "runId": run_id, "path": list(path), "node": node}


def element_node(element_type: str, props: dict[str, Any], command: str | None = None) -> ElementNode:
    node: ElementNode = {"kind": "element", "type": element_type, "props": props}
    if command:
        node["command"] = command
    return node


def block_node(block_type: str, props: dict[str, Any], command: str | None = None) -> BlockNode:
    node: BlockNode = {"kind": "block", "type": block_type, "props": props}
    if command:
        node["command"] = command
    return node


def page_config(
    title: str | None, icon: str | None, layout: str | None, initial_sidebar_state: str | None
) -> PageConfigMsg:
    return {
        "type": PAGE_CONFIG,
        "title": title,
        "icon": icon,
        "layout": layout,
        "initialSidebarState": initial_sidebar_state,
    }


def logo(
    run_id: int, image: dict[str, Any], icon_image: dict[str, Any] | None, link: str | None, size: str
) -> dict[str, Any]:
    """st.logo: shown until a full run ends without sending it again."""
    return {"type": LOGO, "runId": run_id, "image": image, "iconImage": icon_image, "link": link, "size": size}
