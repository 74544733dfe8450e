// The one message schema between the page (web/) and the worker (worker/).
//
// Every message is a plain object with a `type` tag. Page -> worker messages
// are `ToWorker`; worker -> page messages are `FromWorker`. Messages produced
// by the Python runtime (py/wasmlit/protocol.py builds them) are a subset of
// `FromWorker` and travel as JSON text through the worker, which parses them
// and posts the object on. A CPython test checks that py/wasmlit/protocol.py
// uses exactly the tags declared here.
//
// ---------------------------------------------------------------------------
// Element tree
// ---------------------------------------------------------------------------
// The app is a tree of nodes addressed by paths of integers. path[0] is the
// root container: 0 = main area, 1 = sidebar, 2 = events (toasts: shown as
// overlays with their own lifetime, never stale, not cleared at run end). A block node at path P holds
// its children at P.concat(i). A `delta` message puts a node at a path,
// replacing whatever was there. At `runStarted` every node becomes stale;
// a node put by the current run is fresh again; at `runFinished` with status
// "complete", "error" or "stopped" (the user stopped it) stale nodes are
// removed; with "rerun" (cut short for a newer run) they stay for that run. A node whose `type` is
// unchanged keeps its DOM (and a widget keeps its in-page value unless
// `props.setValue` is true).
//
// Node = ElementNode | BlockNode
// ElementNode = { kind: "element", type: ElementType, props: object }
// BlockNode   = { kind: "block",   type: BlockType,   props: object }
//
// Every node may carry props.key (the user key, or null): keyed nodes get the
// class `st-key-<key>` on their element container.
//
// ElementType and its props:
//   heading     { tag: "h1"|"h2"|"h3", body: string (markdown), anchor: string|null,
//                 help: string|null, divider: string|null (colour name) }
//   markdown    { body: string, unsafeAllowHtml: bool, isCaption: bool, help: string|null }
//   text        { body: string, help: string|null }
//   code        { body: string, language: string|null, lineNumbers: bool, wrapLines: bool }
//   json        { body: string (JSON text), expanded: bool|number }
//   alert       { body: string (markdown), format: "error"|"warning"|"info"|"success",
//                 icon: string|null }
//   exception   { type: string, message: string, messageIsMarkdown: bool,
//                 stackTrace: string[], isWarning: bool }
//   empty       {}   (placeholder produced by st.empty())
//   progress    { value: number (integer 0..100), text: string|null (markdown) }
//   spinner     { text: string (markdown), showTime: bool }
//   toast       { body: string (markdown), icon: string|null,
//                 duration: number (seconds; 0 = until dismissed) }   (root 2 only;
//                 a delta at the same path updates the toast in place)
// Widgets (all have the WidgetProps below plus their own):
//   button      { kind: "primary"|"secondary"|"tertiary", isFormSubmitter: bool,
//                 useContainerWidth: bool, icon: string|null }      value: trigger (bool)
//   checkbox    { style: "checkbox"|"toggle" }                          value: bool
//   textInput   { maxChars: number|null, inputType: "default"|"password",
//                 placeholder: string, autocomplete: string }           value: string|null
//   textArea    { maxChars: number|null, height: number|null, placeholder: string }
//                                                                      value: string|null
//   numberInput { min: number|null, max: number|null, step: number, format: string|null,
//                 dataType: "int"|"float", placeholder: string|null }  value: number|null
//   slider      { min: number, max: number, step: number, format: string|null,
//                 dataType: "int"|"float"|"date"|"time"|"datetime",
//                 options: string[] (select_slider labels, else []),
//                 formattedValues: string[] }                        value: number[]
//   selectbox   { options: string[], placeholder: string }
//                                         value: string|null (the formatted option label)
//   radio       { options: string[], horizontal: bool, captions: string[] }
//                                         value: string|null (the formatted option label)
//   timeInput   { step: number (seconds) }                          value: "HH:MM"|null
//
// WidgetProps (on every widget node):
//   { id: string, key: string|null, formId: string, label: string (markdown),
//     labelVisibility: "visible"|"hidden"|"collapsed", help: string|null,
//     disabled: bool, value: WidgetValue, default: WidgetValue, setValue: bool }
// `value` is the value the widget has in Python this run; the page adopts it
// when it has no value of its own for `id` or when `setValue` is true.
// `default` is what the page resets the widget to after a clear_on_submit form
// is submitted.
//
// BlockType and its props:
//   vertical    { border: bool, height: number|null }   (st.container; the roots are implicit)
//   horizontal  { gap: "small"|"medium"|"large"|null, verticalAlignment: "top"|"center"|"bottom" }
//   column      { weight: number, gap: string|null, verticalAlignment: string, border: bool }
//   form        { formId: string, clearOnSubmit: bool, enterToSubmit: bool, border: bool }
//   expander    { label: string (markdown), expanded: bool|null, icon: string|null,
//                 state: null|"running"|"complete"|"error", key: string|null }
//                 (st.expander; st.status
//                 sets state: a spinner icon while running, a check or an error icon
//                 after; re-putting it at the same path updates label/state/expanded
//                 and keeps its children; expanded null on a re-put: keep the
//                 user's open/closed choice, but collapse if the label changed)
//
// ---------------------------------------------------------------------------
// Widget values (page -> worker)
// ---------------------------------------------------------------------------
// WidgetStates = { [widgetId: string]: WidgetValue }
// A rerun carries the page's value of every widget currently in the tree
// (widgets inside a form: the value as of the form's last submit). A button
// click carries `true` for that button id in that one rerun only.

/** Message type tags, page -> worker. */
export const TO_WORKER = Object.freeze({
  /** { type, files: {[path]: string|Uint8Array}, entrypoint: string,
   *    config: {[option]: any}, indexURL: string, micropipURL: string|null,
   *    requirements: string[], interruptBuffer?: Int32Array|null }
   *  interruptBuffer (optional): an Int32Array over a SharedArrayBuffer (only in a
   *  cross-origin isolated page), given to pyodide.setInterruptBuffer. The page
   *  writes 2 (SIGINT) into it when the user stops a run, which raises
   *  KeyboardInterrupt in the running script; the worker clears it before and
   *  after each call into the session, and if KeyboardInterrupt escapes
   *  handle_rerun it posts runFinished {status: "stopped"} for the open run. */
  BOOT: "boot",
  /** { type, widgets: WidgetStates } — run callbacks for changed widgets, then rerun. */
  RERUN: "rerun",
  /** { type } — stop the current run at its next st.* call. */
  STOP: "stop",
});

/** Message type tags, worker -> page. */
export const FROM_WORKER = Object.freeze({
  /** { type, phase: "runtime"|"python"|"packages"|"app", detail: string } */
  BOOT_PROGRESS: "bootProgress",
  /** { type, pythonVersion: string } — runtime up, the first run follows. */
  READY: "ready",
  /** { type, message: string } — boot failed; the worker is unusable. */
  BOOT_ERROR: "bootError",
  /** { type, runId: number } */
  RUN_STARTED: "runStarted",
  /** { type, runId: number, path: number[], node: Node } */
  DELTA: "delta",
  /** { type, runId: number, status: "complete"|"rerun"|"stopped"|"error" } */
  RUN_FINISHED: "runFinished",
  /** { type, title: string|null, icon: string|null, layout: string|null,
   *    initialSidebarState: string|null } */
  PAGE_CONFIG: "pageConfig",
  /** { type, message: string } — an internal error outside any script run. */
  RUNTIME_ERROR: "runtimeError",
});

/**
 * @typedef {{type: "boot", files: Object<string, string|Uint8Array>, entrypoint: string,
 *            config: Object<string, any>, indexURL: string, micropipURL: string|null,
 *            requirements: string[], interruptBuffer?: Int32Array|null}} BootMsg
 * @typedef {{type: "rerun", widgets: Object<string, any>}} RerunMsg
 * @typedef {{type: "stop"}} StopMsg
 * @typedef {BootMsg|RerunMsg|StopMsg} ToWorker
 *
 * @typedef {{kind: "element"|"block", type: string, props: Object<string, any>}} Node
 * @typedef {{type: "bootProgress", phase: string, detail: string}} BootProgressMsg
 * @typedef {{type: "ready", pythonVersion: string}} ReadyMsg
 * @typedef {{type: "bootError", message: string}} BootErrorMsg
 * @typedef {{type: "runStarted", runId: number}} RunStartedMsg
 * @typedef {{type: "delta", runId: number, path: number[], node: Node}} DeltaMsg
 * @typedef {{type: "runFinished", runId: number,
 *            status: "complete"|"rerun"|"stopped"|"error"}} RunFinishedMsg
 * @typedef {{type: "pageConfig", title: string|null, icon: string|null,
 *            layout: string|null, initialSidebarState: string|null}} PageConfigMsg
 * @typedef {{type: "runtimeError", message: string}} RuntimeErrorMsg
 * @typedef {BootProgressMsg|ReadyMsg|BootErrorMsg|RunStartedMsg|DeltaMsg|
 *           RunFinishedMsg|PageConfigMsg|RuntimeErrorMsg} FromWorker
 */
