// The playground's code editor: CodeMirror 6 in Python mode, loaded lazily
// with the playground (never by a page without an editor). Mod-Enter (Ctrl or
// Cmd + Enter) runs the code.
import { basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";

/**
 * The playground's editor (CodeMirror here; playground.js falls back to a text area).
 * @typedef {object} CodeEditor
 * @property {(path: string, text: string) => void} setDocument shows `path` (`text` the first time)
 * @property {(text: string) => void} replaceText replaces the text of the file shown
 * @property {() => string} text the text of the file shown
 * @property {(path: string) => string|null} textOf a file's edited text (null: never shown)
 * @property {() => void} focus
 */

/**
 * @param {HTMLElement} parent
 * @param {{root: ShadowRoot|Document, onRun: () => void, onChange?: () => void}} options
 * @returns {CodeEditor & {view: EditorView}}
 */
export function createEditor(parent, { root, onRun, onChange = () => {} }) {
  const runKeys = Prec.highest(
    keymap.of([
      {
        key: "Mod-Enter",
        run: () => {
          onRun();
          return true;
        },
      },
    ]),
  );
  const extensions = (path) => [
    basicSetup,
    path.endsWith(".py") ? python() : [],
    runKeys,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange();
    }),
    EditorView.contentAttributes.of({ "aria-label": `Code of ${path}`, "data-testid": "wasmlitEditorContent" }),
  ];
  const view = new EditorView({ parent, root, state: EditorState.create({ doc: "", extensions: extensions("app.py") }) });
  const states = new Map();
  let current = null;
  return {
    view,
    /** Shows `path` (its own undo history is kept per file). */
    setDocument(path, text) {
      if (current !== null) states.set(current, view.state);
      current = path;
      view.setState(states.get(path) ?? EditorState.create({ doc: text, extensions: extensions(path) }));
    },
    /** Replaces the text of the file shown. */
    replaceText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    text: () => view.state.doc.toString(),
    textOf(path) {
      if (path === current) return view.state.doc.toString();
      return states.get(path)?.doc.toString() ?? null;
    },
    focus: () => view.focus(),
  };
}
