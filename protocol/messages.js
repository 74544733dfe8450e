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
// overlays with their own lifetime, never stale, not cleared at run end), 3 = bottom
// (stBottom, pinned below the main area: a top-level st.chat_input). A block node at path P holds
// its children at P.concat(i). A `delta` message puts a node at a path,
// replacing whatever was there. At `runStarted` every node becomes stale;
// a node put by the current run is fresh again; at `runFinished` with status
// "complete", "error" or "stopped" (the user stopped it) stale nodes are
// removed; with "rerun" (cut short for a newer run) they stay for that run; with "kept" (the run ended in a callback before drawing) they stay. A node whose `type` is
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
//   markdown    { body: string, unsafeAllowHtml: bool, isCaption: bool, help: string|null,
//                 kind?: "divider"|"latex"|"badge" (st.divider, st.latex, st.badge: shown as
//                 markdown — st.badge as ":color-badge[...]" — told apart for AppTest) }
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
//   dataframe   { data: Frame, width: number|"stretch"|"content",
//                 height: number|"auto"|"content"|"stretch", hideIndex: bool,
//                 columnOrder: string[]|null, columnConfig: {[column name | "_index"]:
//                   ColumnSettings}, rowHeight: number|null, placeholder: string|null,
//                 alt: string|null }
//                 With on_select it is a widget: also id, key, formId (""), value
//                 (JSON {"selection": {rows: number[] (original positions),
//                 columns: string[], cells: [row, column][]}}), default: null,
//                 setValue, selectionMode: ("single-row"|"single-row-required"|
//                 "multi-row"|"single-column"|"multi-column"|"single-cell"|"multi-cell")[]
//                 ColumnSettings = { label?: string, width?: number (px), help?: string,
//                   hidden?: bool, alignment?: "left"|"center"|"right",
//                   format?: string (printf-style "%.2f" or a preset: "plain",
//                   "localized", "percent", "dollar", "euro", "accounting", "compact",
//                   "scientific", "engineering"), pinned?: bool,
//                   typeConfig?: { type: "number"|"text"|"link"|"checkbox"|"selectbox"|
//                     "list"|"multiselect"|"json"|"markdown"|"image"|"audio"|"video"|
//                     "line_chart"|"bar_chart"|"area_chart"|"progress"|"datetime"|"date"|
//                     "time", ...that type's options exactly as st.column_config.*Column
//                     sets them (display_text, options [value | {value, label, color?}],
//                     y_min, y_max, color, format, min_value, max_value, step, ...) } }
//   dataEditor  (widget; st.data_editor) the dataframe props plus id, key, formId,
//                 disabled (all cells), editingMode: "fixed"|"dynamic"|"add"|"delete",
//                 editing: {[column name | "_index"]: { kind: FrameColumn type,
//                   disabled?: bool, required?: bool, default?: any, min?, max?, step? }},
//                 ignoreRerun: bool. value (wire string_value): JSON text
//                 {"edited_rows": {"<row>": {column: value}}, "added_rows": [{column:
//                 value}], "deleted_rows": [row]} (row = position in the original data)
//   table       { data: Frame, border: "all"|"none"|"horizontal", hideIndex: bool,
//                 hideHeader: bool, width: number|"stretch"|"content",
//                 height: number|"stretch"|"content", alt: string|null }
//   vegaLiteChart { spec: string (Vega-Lite JSON without its tabular data),
//                 data: Frame|null (the spec's main data), datasets: {name: string,
//                 data: Frame}[] (the spec's named datasets), width: number|"stretch"|
//                 "content"|null, height: number|"stretch"|"content",
//                 useContainerWidth: bool, theme: "streamlit"|null, alt: string|null }
//                 (st.line_chart/area_chart/bar_chart/scatter_chart/vega_lite_chart/
//                 altair_chart; a spec width/height of 0 means "fit the container" /
//                 the default 350 px)
//   plotlyChart { spec: string (Plotly's figure JSON; colours of Streamlit's template are
//                 placeholders #000001..#000040 the page replaces), config: string (JSON),
//                 theme: "streamlit"|"", width: number|"stretch", height: number|"stretch"
//                 ("content" is resolved by Python to the figure's size or 700 x 450),
//                 useContainerWidth: bool, alt: string|null, key: string|null,
//                 elementId: string }   (st.plotly_chart)
//                 With on_select it is a widget: also id, formId, selectionMode:
//                 ("box"|"lasso"|"points")[], value (wire string_value: JSON {"selection":
//                 {points: object[] (snake_case keys), point_indices: number[],
//                 box: {xref, yref, x: number[], y: number[]}[], lasso: (same)[]}}), setValue
//   graphvizChart { spec: string (DOT), engine: string ("dot", "neato", ...),
//                 elementId: string (the chart div's id is "st-graphviz-chart-<elementId>"),
//                 width: number|"stretch"|"content", height: number|"stretch"|"content",
//                 alt: string|null }   (st.graphviz_chart)
//   deckGlJsonChart { json: string (the deck's JSON: pydeck's to_json(), or st.map's one
//                 ScatterplotLayer whose getFillColor may be "primary"), tooltip: string
//                 (JSON {html|text, style}, "" for none), mapboxToken: string|null,
//                 defaultMapStyle: string|null (the wasmlit.mapStyle option), width:
//                 number|"stretch", height: number|"stretch", useContainerWidth: bool,
//                 alt: string|null }   (st.pydeck_chart, st.map)
//                 With on_select it is a widget: also id, key, formId, selectionMode:
//                 ["single-object"|"multi-object"], value (wire string_value: JSON
//                 {"selection": {indices: {layerId: number[]}, objects: {layerId: object[]}}}),
//                 setValue
//   (st.mermaid_chart is a markdown node whose body is a ```mermaid block, as in Streamlit.)
//   Frame = { numRows: number, index: FrameColumn[] (levels), columns: FrameColumn[] }
//   FrameColumn = { name: string, type: "integer"|"float"|"bool"|"string"|"datetime"|
//                   "date"|"time"|"timedelta"|"object"|"empty", values: any[] }
//               | { name: "", type: "range", start: number, step: number }
//                 (a default 0..n-1 index without values). Values are JSON: NaN/±inf
//                 -> null, datetimes "YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]", dates
//                 "YYYY-MM-DD", times "HH:MM:SS", timedeltas and other objects -> str().
//   metric      { label: string (markdown), body: string (the value text, "—" for None),
//                 delta: string ("" = none), color: "green"|"red"|"gray"|"orange"|
//                 "yellow"|"blue"|"violet"|"primary", direction: "up"|"down"|"none",
//                 help: string|null, icon: string|null,
//                 labelVisibility: "visible"|"hidden"|"collapsed", border: bool,
//                 chartData: number[], chartType: "line"|"bar"|"area",
//                 deltaDescription: string|null }
//   html        { body: string (raw HTML; the page sanitises it), styleOnly: bool,
//                 unsafeAllowJavascript: bool (its scripts run: standalone page only) }
//   space       { size: string (CSS length) | "stretch" }   (st.space)
//   iframe      { src: string|null, srcdoc: string|null (HTML; wins over src), width: number|"stretch"|"content",
//                 height: number|"stretch"|"content" ("content" with srcdoc: the document's height),
//                 scrolling: bool, tabIndex: number|null, alt: string|null }  (st.iframe, components.v1.html/iframe)
//   help        { name: string|null, type: string, value: string|null,
//                 docString: string|null, members: {name, type, value: string|null,
//                 docString: string|null}[] }            (st.help; st.write of a
//                 function, class or module)
//   balloons    { runId: number }   (st.balloons: a one-off animation; runId makes
//   snow        { runId: number }    each run's call a new node, so it plays again)
//   image       { images: {url: string|null, data: string|null (base64), mime: string,
//                 caption: string|null (markdown), alt: string|null}[],
//                 width: number|"stretch"|"content", link: string|null }
//                 (st.image; each image is a URL the page loads as is, or bytes
//                 that the page turns into a Blob URL)
//   audio       { src: MediaSource, startTime: number (s), endTime: number|null,
//                 loop: bool, autoplay: bool, alt: string|null, width: number|"stretch" }
//   video       { src: MediaSource, startTime: number, endTime: number|null, loop: bool,
//                 autoplay: bool, muted: bool, alt: string|null, width: number|"stretch",
//                 subtitles: {label: string, vtt: string (WebVTT text)}[] (the first on by default) }
//   MediaSource = { url: string|null, data: string|null (base64 bytes), mime: string }
//                 (both null: no media)
//   skeleton    { height: number|"stretch"|null (null: the standard element height),
//                 width: number|"stretch", delayMs?: number (st.skeleton as a context
//                 manager: show only after this long; the same path gets an `empty`
//                 node when the block ends) }
//   pdf         { elementId: string, key: string|null, src: MediaSource (application/pdf),
//                 height: number|"stretch", alt: string|null }   (st.pdf; drawn by pdf.js)
//   (st.latex is a markdown node whose body is "$$\n<tex>\n$$"; `$…$`/`$$…$$` in
//    any markdown body is math, typeset in the page by KaTeX)
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
//                 (st.select_slider: options non-empty, min 0, max options.length-1,
//                 step 1; value: string[] — the selected labels, 1, or 2 for a range)
//   selectbox   { options: string[], placeholder: string }
//                                         value: string|null (the formatted option label)
//   radio       { options: string[], horizontal: bool, captions: string[] }
//                                         value: string|null (the formatted option label)
//   timeInput   { step: number (seconds) }                          value: "HH:MM"|null
//   multiselect { options: string[], placeholder: string, maxSelections: number (0 = no limit),
//                 acceptNewOptions: bool, selectAll: number (-1 always, 0 never,
//                 N: offer "Select all" when at most N options are selectable) }
//                                         value: string[] (the selected labels, in order)
//   dateInput   { min: "YYYY-MM-DD", max: "YYYY-MM-DD", format: string ("YYYY/MM/DD",
//                 "DD.MM.YYYY", ...), isRange: bool, required: bool }
//                                         value: string[] of ISO "YYYY-MM-DD" dates
//                                         ([] = no date; a range may hold 1 or 2)
//   colorPicker {}                        value: string ("#rrggbb")
//   buttonGroup { options: string[] (markdown labels), style: "pills"|"segmented_control",
//                 selectionMode: "single"|"multi", required: bool }
//                                         value: string[] (selected labels; at most 1 when single)
//                 (st.pills / st.segmented_control; label "" + labelVisibility
//                 "collapsed" when no label)
//   feedback    { feedbackType: "thumbs"|"faces"|"stars" }
//                                         value: string ("N" = option index N, "" = none)
//                 (label is "", labelVisibility "collapsed")
//   fileUploader { accept: string[] (normalized: "image/*", "text/csv", ".csv"),
//                 multiple: bool, directory: bool, maxUploadSizeMb: number,
//                 ignoreRerun: bool (on_change="ignore": a change reruns nothing) }
//                                         value: UploadedFileInfo[] (see TO_WORKER.UPLOAD)
//   downloadButton { kind: "primary"|"secondary"|"tertiary", icon: string|null,
//                 useContainerWidth: bool, fileName: string, mime: string,
//                 data: string (the file, base64), ignoreRerun: bool }
//                                         value: trigger (bool), unless ignoreRerun
//   linkButton  { url: string, kind: "primary"|"secondary"|"tertiary", icon: string|null,
//                 useContainerWidth: bool, ignoreRerun: bool }
//                 (with on_click="ignore" it is a plain element: id null, no value)
//                                         value: trigger (bool), unless ignoreRerun
//   chatInput   { placeholder: string, maxChars: number|null, position: "bottom"|"inline",
//                 submitMode: "submit"|"disable"|"stop", acceptFile: false|true|"multiple"|"directory",
//                 accept: string[]|null (as fileUploader), maxUploadSizeMb: number }
//                 value: trigger (string: the submitted text, in that one rerun only;
//                 with acceptFile: { text: string, files: UploadedFileInfo[] }, the
//                 files' bytes sent before in upload messages);
//                 props.value with setValue true: text to put in the field (not submitted)
//   cameraInput { resolutionHeight: number|null (480/720/1080: the camera height asked
//                 for; null: the widget's width x 9/16), width: number|"stretch",
//                 ignoreRerun: bool }
//                 value: UploadedFileInfo[] (one JPEG named camera-input-<ISO time,
//                 ":" -> "_">.jpg, or [] when cleared; bytes sent before in `upload`)
//   audioInput  { sampleRate: number|null (the WAV's rate; null: the recording's own),
//                 width: number|"stretch", ignoreRerun: bool }
//                 value: UploadedFileInfo[] (one mono 16-bit WAV named
//                 <YYYY-MM-DDTHH-MM>_audio.wav, or [])
//   dateTimeInput { min: "YYYY-MM-DDTHH:MM", max: "YYYY-MM-DDTHH:MM", format: string
//                 (date part, as dateInput), step: number (seconds), required: bool,
//                 width: number|"stretch", ignoreRerun: bool }
//                                         value: ["YYYY-MM-DDTHH:MM"] or []
//   menuButton  { options: string[] (formatted labels), kind: "primary"|"secondary"|
//                 "tertiary", icon: string|null, width: number|"content"|"stretch",
//                 wrap: bool|null }   value: trigger (string: the picked option's label,
//                                     in that one rerun only)
//   (chatInput with acceptAudio: true also shows a microphone; a submit then carries
//    { text, files: UploadedFileInfo[], audio?: UploadedFileInfo (a WAV named
//    audio-<ISO time, ":" and "." -> "-">.wav at audioSampleRate) } — props
//    acceptAudio: bool, audioSampleRate: number|null)
//   componentInstance { componentName: string ("<module>.<name>"), url: string|null (url=),
//                 frontendUrl: string|null (the path= folder in the site, site-relative,
//                 "/"-ended; null with a path: the site lacks it -> Streamlit's warning),
//                 path: string|null, jsonArgs: string (JSON), specialArgs: {key, bytes?:
//                 base64, arrowDataframe?: Frame}[], tabIndex: number|null }
//                 value: {json} | {bytes: base64} | {dataframe: Frame} (components.declare_component)
//   bidiComponent { componentName: string, isolateStyles: bool, htmlContent: string,
//                 cssContent: string, jsContent: string (inline), cssUrl/jsUrl: string|null
//                 (a package's file-backed asset in the site, site-relative), data: {json}|
//                 {bytes: base64}|{arrow: Frame}|{mixed: {json, arrowBlobs}}|null,
//                 width, height, aggregatorId: string (the trigger widget's id) }
//                 value: the state object (setStateValue); a trigger is sent under
//                 aggregatorId as [{event, value}] in that one rerun only (st.components.v2)
// Elements (not widgets) of the same family:
//   pageLink    { page: string (external URL, or the page's URL pathname), pageScriptHash: string,
//                 queryString: string, label: string, icon: string|null, help: string|null,
//                 disabled: bool, external: bool, useContainerWidth: bool }
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
//   vertical    { border: bool, height: number|null, fragmentId?: string }   (st.container; an @st.fragment's container carries fragmentId; the roots are implicit)
//   horizontal  { gap: "small"|"medium"|"large"|null, verticalAlignment: "top"|"center"|"bottom" }
//   column      { weight: number, gap: string|null, verticalAlignment: string, border: bool }
//   form        { formId: string, clearOnSubmit: bool, enterToSubmit: bool, border: bool }
//   chatMessage { name: string, avatarType: "icon"|"emoji"|"image",
//                 avatar: string ("user"|"assistant"|":material/x:"|"" for icon; the
//                 emoji; an image URL) }   (st.chat_message)
//   expander    { label: string (markdown), expanded: bool|null, icon: string|null,
//                 state: null|"running"|"complete"|"error", key: string|null }
//                 (st.expander; st.status
//                 sets state: a spinner icon while running, a check or an error icon
//                 after; re-putting it at the same path updates label/state/expanded
//                 and keeps its children; expanded null on a re-put: keep the
//                 user's open/closed choice, but collapse if the label changed)
//   tabs        { labels: string[], default: number (index shown first),
//                 height: number|null, key: string|null }   (st.tabs; its children
//                 are `tab` blocks, one per label; switching tabs is page-only)
//   tab         { label: string }
//   popover     { label: string (markdown), kind: "primary"|"secondary"|"tertiary",
//                 help: string|null, icon: string|null, disabled: bool,
//                 stretch: bool, key: string|null }  (st.popover; the page opens and
//                 closes its panel without a rerun)
//   dialog      { title: string (markdown), width: "small"|"medium"|"large"|number,
//                 position: "left"|"center"|"right", dismissible: bool,
//                 icon: string|null, openedIn: number (run id) }  (@st.dialog; put
//                 at the end of the main root whatever container is active; shown
//                 as a modal until the user closes it; a new openedIn reopens it)
//   Stateful containers: tabs, expander and popover created with on_change
//   ("rerun" or a callback) are widgets too: their props add id, formId, value,
//   default, setValue (WidgetProps); the value is the open tab's label (tabs) or
//   whether it is open (expander, popover), and a change is sent in a rerun.
//
// ---------------------------------------------------------------------------
// Widget values (page -> worker)
// ---------------------------------------------------------------------------
// WidgetStates = { [widgetId: string]: WidgetValue }
// UploadedFileInfo = { fileId: string, name: string, type: string (MIME), size: number }
// A file's bytes reach the worker once, in an `upload` message sent before the
// rerun whose value first lists it; they never travel inside a rerun.
// A rerun carries the page's value of every widget currently in the tree
// (widgets inside a form: the value as of the form's last submit). A button
// click carries `true` for that button id in that one rerun only.
//
// Routing (RunRouting, in every rerun and in boot's firstRun):
//   pageScriptHash: string  the page to run by hash ("" = by pageName)
//   pageName: string        the page's URL pathname ("" = the default page)
//   queryString: string     the URL's query string, without "?"
//   client: { timezone, timezoneOffset, locale, url, isEmbedded, theme: {type} }  (st.context)
// fragmentId: string|null  rerun only that fragment (a widget inside an
//   @st.fragment's container, or a run_every timer); null = the whole app.
//
// Fragments: an @st.fragment body writes into a `vertical` block whose props
// carry `fragmentId`. A run with fragmentIds redraws only what is inside those
// blocks: the page marks only their descendants stale.

/** Message type tags, page -> worker. */
export const TO_WORKER = Object.freeze({
  /** { type, files: {[path]: string|Uint8Array}, entrypoint: string,
   *    config: {[option]: any}, indexURL: string, micropipURL: string|null,
   *    requirements: string[], packages?: PackagePlan|null,
   *    interruptBuffer?: Int32Array|null, boot?: BootSwitches }
   *  indexURL: the site's pyodide/ folder; Pyodide and wasmlit's boot files
   *  are in its <version>/ folder (worker/bootFiles.js).
   *  boot (optional): BootSwitches = { snapshot?: bool, bytecode?: bool,
   *    codeCache?: bool } — false switches that boot optimisation off (the
   *    memory snapshot, the bytecode, Chromium's wasm code cache); for
   *    measurements (`?wasmlit_boot=no-snapshot,...` on the page).
   *  packages (optional): how to install `requirements` (worker/packages.js):
   *  PackagePlan = { requirements: string[] (the ones resolved into this plan),
   *    wheels: {name, version, file, url, sha256}[] (pure-Python wheels: downloaded,
   *    checked, installed without dependency resolution), pyodide: {name, version, shipped: bool}[]
   *    (Pyodide's compiled packages, loaded from pyodideBaseURL), indexURLs:
   *    string[]|null (set: install `requirements` with micropip from these
   *    indexes; wheels/pyodide are then empty), pyodideBaseURL: string|null
   *    (loadPyodide's packageBaseUrl; null: indexURL), pyodideLockURL: string|null
   *    (loadPyodide's lockFileURL: the site's merged lock, with the packages of
   *    `wasmlit build --pyodide-packages DIR`; null: indexURL's pyodide-lock.json),
   *    pyodideVersion: string|null,
   *    error: string|null (the requirements could not be resolved: fail the boot
   *    with this text) }. Without a plan, or for requirements it does not list,
   *  micropip installs with no package index (only Pyodide's packages are found).
   *  interruptBuffer (optional): an Int32Array over a SharedArrayBuffer (only in a
   *  cross-origin isolated page), given to pyodide.setInterruptBuffer. The page
   *  writes 2 (SIGINT) into it when the user stops a run, which raises
   *  KeyboardInterrupt in the running script; the worker clears it before and
   *  after each call into the session, and if KeyboardInterrupt escapes
   *  handle_rerun it posts runFinished {status: "stopped"} for the open run.
   *  firstRun: RunRouting of the run the worker starts once it is ready. */
  BOOT: "boot",
  /** { type, indexURL: string, boot?: BootSwitches, packages?: {pyodideBaseURL?: string|null} } —
   *  start Python now, before the app is known (the same fields as in `boot`);
   *  the `boot` message that follows uses it when it asks for the same
   *  (otherwise Python is started again for it). Optional; nothing is answered.
   *  A spare worker on a page with lazy apps, or the page's worker while the
   *  page still downloads the app. */
  PRELOAD: "preload",
  /** { type, widgets: WidgetStates, fragmentId: string|null, triggers: string[],
   *    seq: number, ...RunRouting } —
   *  run callbacks for changed widgets, then the app (or the fragment).
   *  triggers: the ids in `widgets` whose value is a one-shot event (a button's
   *  click, a chat submission): the worker merges a rerun into a waiting one
   *  only when their triggers differ, so every click is one trigger, and a run
   *  is cut short for a newer event only once it has used its triggers.
   *  seq: the page's count of reruns sent (1, 2, ...); runStarted echoes the
   *  highest seq the run includes.
   *  navigation: a page link / the address bar asked for this run; if it goes
   *  to another page, only the entrypoint's widgets (drawn around
   *  st.navigation) keep the values sent, as Streamlit 1.67's page does. */
  RERUN: "rerun",
  /** { type } — stop the current run at its next st.* call. */
  STOP: "stop",
  /** { type, fileId: string ([A-Za-z0-9_-], at most 128), name: string, mime: string,
   *    data: Uint8Array (its buffer is transferred) } — a picked file's bytes; the
   *  worker writes them to /tmp/wasmlit-uploads/<fileId>, where Python reads them. */
  UPLOAD: "upload",
  /** { type, requestId: number, files: {[path]: string|Uint8Array}, removed?: string[] } —
   *  write files into the app folder (paths relative to it, as in `boot`) and delete
   *  the `removed` ones. When one of them is the file of a module loaded from the app
   *  folder, every such module is dropped from sys.modules, so the next run imports
   *  them anew (as Streamlit does for a changed source file). Answered by `reply` with
   *  value { sourceChanged: bool (a file Streamlit watches changed: the main script,
   *  the page shown, a loaded module of the app, .streamlit/secrets.toml),
   *  runOnSave: bool, allowRunOnSave: bool (config server.runOnSave /
   *  server.allowRunOnSave) }. The page sends a `rerun` after it to run the new code
   *  with the same session (`wasmlit serve`'s pages: at once with runOnSave, else
   *  after the user's Rerun / Always rerun, web/boot/source-changes.js). */
  WRITE_FILES: "writeFiles",
  /** { type, requestId: number, path: string } — read a file of the app folder;
   *  `reply` value: Uint8Array (its buffer transferred). */
  READ_FILE: "readFile",
  /** { type, requestId: number, requirements: string[] } — install packages with
   *  micropip, as the boot does for `requirements`. `reply` value: null. */
  INSTALL: "install",
  /** { type } — empty every st.cache_data / st.cache_resource cache (the main menu's
   *  "Clear cache"); done between runs (after the one in progress, if any). No answer. */
  CLEAR_CACHE: "clearCache",
});

/** Message type tags, worker -> page. */
export const FROM_WORKER = Object.freeze({
  /** { type, phase: "runtime"|"python"|"packages"|"app", detail: string } */
  BOOT_PROGRESS: "bootProgress",
  /** { type, pythonVersion: string, pyodideVersion: string } — runtime up, the first run follows. */
  READY: "ready",
  /** { type, message: string } — boot failed; the worker is unusable. */
  BOOT_ERROR: "bootError",
  /** { type, runId: number, fragmentIds: string[] (empty: a run of the whole app),
   *    seq: number (the highest rerun seq this run includes; 0: the first run) } */
  RUN_STARTED: "runStarted",
  /** { type, runId: number, path: number[], node: Node } */
  DELTA: "delta",
  /** { type, runId: number, status: "complete"|"rerun"|"stopped"|"error"|"compileError"|"kept",
   *    fragmentIds: string[], autoReruns: {fragmentId: string, intervalSeconds: number}[],
   *    compileError?: string }
   *  autoReruns: the fragments with run_every the app has now (the page keeps their timers).
   *  "compileError": the script the run starts with (the entrypoint, or a pages/ folder's
   *  page) did not compile; nothing ran, `compileError` is the text Streamlit's "Script
   *  execution error" dialog shows; the page keeps what it showed and sets
   *  data-test-script-state="compilationError".
   *  "kept": the run ended in its callbacks (sys.exit() there, or the user's Stop of a
   *  callback that would not return) before the script drew anything; stale nodes stay. */
  RUN_FINISHED: "runFinished",
  /** { type, pages: AppPage[], sections: string[], position: "sidebar"|"top"|"hidden",
   *    expanded: bool, visibleItems: number|null, currentPageHash: string,
   *    pageNotFound: bool, queryString: string }
   *  AppPage = { pageScriptHash, title, icon, urlPath ("" = default page), isDefault,
   *              section, hidden, help, externalUrl: string|null }
   *  st.navigation ran (also for an app with a pages/ folder): the page shows the
   *  menu and puts the current page's URL (and query string) in the address bar. */
  NAVIGATION: "navigation",
  /** { type, queryString: string } — st.query_params changed: the page updates its URL. */
  PAGE_INFO: "pageInfo",
  /** { type, title: string|null, icon: string|null, layout: string|null,
   *    initialSidebarState: string|null } */
  PAGE_CONFIG: "pageConfig",
  /** { type, runId: number, image: LogoImage, iconImage: LogoImage|null, link: string|null,
   *    size: "small"|"medium"|"large" }
   *  LogoImage = { kind: "image"|"emoji"|"icon", value: string|null (the emoji, or the
   *    Material icon's name), src: MediaSource|null (kind "image") }
   *  st.logo: shown in the sidebar's header and, while the sidebar is closed or
   *  absent, in the app header (iconImage there when given); the page drops it
   *  when a full run ends without sending it again (fragment runs keep it). */
  LOGO: "logo",
  /** { type, message: string } — an internal error outside any script run. */
  RUNTIME_ERROR: "runtimeError",
  /** { type, message: string (why, e.g. "the script ended the Python process (exit code 1)") }
   *  — Python can no longer run in this worker (os._exit(), a stack overflow in C code,
   *  a fatal error of the WebAssembly instance). The worker takes no more events; the
   *  page replaces it (a new session: st.session_state starts empty) and says so. */
  PYTHON_FAILED: "pythonFailed",
  /** { type, requestId: number, ok: bool, value?: any, error?: string } — the answer to
   *  a writeFiles / readFile / install request with the same requestId. */
  REPLY: "reply",
});

/** Messages of an opaque-origin (sandboxed) worker and its page, beside the
 *  protocol above (web/boot/sandboxed-worker.js). An embedded app's worker is
 *  started from a data: URL, so it has an opaque origin: it cannot read the host
 *  site's files, cookies-backed resources, Cache Storage or IndexedDB. The page
 *  hands it the runtime's code and serves the few site files the runtime needs. */
export const SANDBOX = Object.freeze({
  /** page -> worker, first: { type, source: string (the worker bundle's code),
   *    siteOrigin: string } — the worker imports the source; its GET requests to
   *  siteOrigin go to the page (siteFetch) instead of the network. */
  RUNTIME: "sandboxRuntime",
  /** worker -> page: { type, id: number, url: string } — a GET of a site file. */
  SITE_FETCH: "siteFetch",
  /** page -> worker: { type, id, status: number, statusText: string,
   *    contentType: string|null, body: ArrayBuffer|null (transferred) } — the answer; the page
   *  serves only the runtime's own files (Pyodide's folder, micropip, the app's
   *  wheelhouse and Pyodide package base) and answers 403 to anything else. */
  SITE_FETCHED: "siteFetched",
});

/**
 * @typedef {{requirements: string[], wheels: {name: string, version: string, file: string, url: string, sha256: string|null}[],
 *            pyodide: {name: string, version: string, shipped: boolean}[], indexURLs: string[]|null,
 *            pyodideBaseURL: string|null, pyodideLockURL?: string|null, pyodideVersion: string|null,
 *            pyodideSource: "url"|"folder"|null, error: string|null}} PackagePlan
 *   pyodideSource: where the site gets Pyodide's compiled packages (--pyodide-packages-url,
 *   --pyodide-packages, or nowhere: the bundled npm package has none).
 * @typedef {{type: "boot", files: Object<string, string|Uint8Array>, entrypoint: string,
 *            config: Object<string, any>, indexURL: string, micropipURL: string|null,
 *            requirements: string[], packages?: PackagePlan|null, sourceDir?: string|null,
 *            interruptBuffer?: Int32Array|null, firstRun?: RunRouting, boot?: BootSwitches}} BootMsg
 *   sourceDir: the app folder's path on the author's machine (`wasmlit serve`); tracebacks
 *   show it in place of the folder's path in the browser (null: paths relative to the folder).
 * @typedef {{snapshot?: boolean, bytecode?: boolean, codeCache?: boolean}} BootSwitches
 * @typedef {{pageScriptHash?: string, pageName?: string, queryString?: string, client?: object}} RunRouting
 * @typedef {{type: "rerun", widgets: Object<string, any>, fragmentId?: string|null,
 *            triggers?: string[], seq?: number, navigation?: boolean} & RunRouting} RerunMsg
 * @typedef {{type: "stop"}} StopMsg
 * @typedef {{type: "upload", fileId: string, name: string, mime: string, data: Uint8Array}} UploadMsg
 * @typedef {{type: "writeFiles", requestId: number, files: Object<string, string|Uint8Array>}} WriteFilesMsg
 * @typedef {{type: "readFile", requestId: number, path: string}} ReadFileMsg
 * @typedef {{type: "install", requestId: number, requirements: string[]}} InstallMsg
 * @typedef {BootMsg|RerunMsg|StopMsg|UploadMsg|WriteFilesMsg|ReadFileMsg|InstallMsg} ToWorker
 *
 * @typedef {{kind: "element"|"block", type: string, props: Object<string, any>}} Node
 * @typedef {{type: "bootProgress", phase: string, detail: string}} BootProgressMsg
 * @typedef {{type: "ready", pythonVersion: string}} ReadyMsg
 * @typedef {{type: "bootError", message: string}} BootErrorMsg
 * @typedef {{type: "runStarted", runId: number, fragmentIds: string[], seq?: number}} RunStartedMsg
 * @typedef {{type: "delta", runId: number, path: number[], node: Node}} DeltaMsg
 * @typedef {{type: "runFinished", runId: number,
 *            status: "complete"|"rerun"|"stopped"|"error"|"compileError"|"kept", fragmentIds: string[],
 *            autoReruns: {fragmentId: string, intervalSeconds: number}[], compileError?: string}} RunFinishedMsg
 * @typedef {{type: "navigation", pages: object[], sections: string[], position: string,
 *            expanded: boolean, visibleItems: number|null, currentPageHash: string,
 *            pageNotFound: boolean, queryString: string}} NavigationMsg
 * @typedef {{type: "pageInfo", queryString: string}} PageInfoMsg
 * @typedef {{type: "pageConfig", title: string|null, icon: string|null,
 *            layout: string|null, initialSidebarState: string|null}} PageConfigMsg
 * @typedef {{type: "runtimeError", message: string}} RuntimeErrorMsg
 * @typedef {{type: "pythonFailed", message: string}} PythonFailedMsg
 * @typedef {{type: "reply", requestId: number, ok: boolean, value?: any, error?: string}} ReplyMsg
 * @typedef {BootProgressMsg|ReadyMsg|BootErrorMsg|RunStartedMsg|DeltaMsg|
 *           RunFinishedMsg|PageConfigMsg|NavigationMsg|PageInfoMsg|RuntimeErrorMsg|
 *           PythonFailedMsg|ReplyMsg} FromWorker
 */
