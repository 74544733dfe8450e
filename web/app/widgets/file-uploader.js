// st.file_uploader -> stFileUploader: a real input[type=file] inside the
// stFileUploaderDropzone section, and the uploaded files as stFileChip items
// (Streamlit 1.67's names) with delete buttons. Each accepted file's bytes go
// to the worker once (ctx.upload); the widget's value lists the files.
import { h } from "preact";
import { useContext, useRef, useState } from "preact/hooks";
import { cx } from "../classes.js";
import { AppContext } from "../context.js";
import { Markdown } from "../markdown-view.js";
import { MaterialIcon } from "../material-icon.js";
import { acceptedTypesText, fileError, newFileId, sizeDisplay } from "../upload-files.js";
import { labelText, WidgetLabel } from "./label.js";

function FileIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1.25rem", height: "1.25rem", fill: "currentColor", "aria-hidden": "true" },
    h("path", { d: "M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zM6 20V4h7v5h5v11H6z" }));
}

function CloseSmallIcon() {
  return h("svg", { viewBox: "0 0 24 24", width: "1rem", height: "1rem", fill: "currentColor", "aria-hidden": "true" },
    h("path", { d: "M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z" }));
}

/**
 * @param {{name: string, size: number, error?: string|null, disabled: boolean, onRemove: () => void}} props
 *   error: why the file was refused
 */
function FileChip({ name, size, error, disabled, onRemove }) {
  const errorId = error ? `st-file-error-${name.replace(/[^A-Za-z0-9_-]/g, "-")}` : undefined;
  return h("div", { "data-testid": "stFileUploaderFile", class: "stFileUploaderFile st-compat-wrap" }, h("div", {
    class: cx("stFileChip", error && "st-file-chip-error"),
    "data-testid": "stFileChip",
    "aria-label": `${name}, ${sizeDisplay(size)}`,
    "aria-invalid": error ? "true" : undefined,
    "aria-describedby": errorId,
  },
    h("div", { class: "st-file-chip-icon" }, h(FileIcon, null)),
    h("div", { class: "st-file-chip-text" },
      h("div", { class: "stFileChipName", "data-testid": "stFileChipName", title: name }, name),
      h("div", { class: "st-file-chip-size" }, sizeDisplay(size))),
    // stFileUploaderDeleteBtn / stFileUploaderFile: the names before Streamlit's file chips.
    h("div", { "data-testid": "stFileUploaderDeleteBtn", class: "st-compat-wrap" },
      h("small", { "data-testid": "stFileChipDeleteBtn", class: "st-file-chip-delete" },
        h("button", {
          type: "button",
          kind: "minimal",
          "data-testid": "stBaseButton-minimal",
          "aria-label": `Remove ${name}`,
          disabled: Boolean(disabled),
          onClick: (event) => {
            event.stopPropagation();
            onRemove();
          },
        }, h(CloseSmallIcon, null)))),
    error ? h("span", { id: errorId, role: "alert", class: "st-file-chip-message" }, `Error: ${error}`) : null));
}

export function FileUploaderWidget({ props }) {
  const ctx = useContext(AppContext);
  const { widgets, actions } = ctx;
  const inputRef = useRef(null);
  const [rejected, setRejected] = useState([]);
  const [dragging, setDragging] = useState(false);
  const current = () => {
    const value = widgets.value(props.id);
    return Array.isArray(value) ? value : [];
  };
  const files = current();
  const disabled = Boolean(props.disabled);

  function commit(next) {
    if (props.ignoreRerun && !props.formId) {
      widgets.set(props.id, next);
      ctx.render();
    } else {
      actions.change(props, next);
    }
  }

  async function addFiles(list) {
    if (disabled) return;
    let picked = Array.from(list ?? []);
    const errors = [];
    if (!props.multiple && picked.length > 1) {
      for (const extra of picked.slice(1)) {
        errors.push({ id: newFileId(), name: extra.name, size: extra.size, message: "Only one file is allowed." });
      }
      picked = picked.slice(0, 1);
    }
    const infos = [];
    for (const file of picked) {
      const name = file.webkitRelativePath || file.name;
      const message = fileError(file, props);
      if (message) {
        errors.push({ id: newFileId(), name, size: file.size, message });
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const fileId = newFileId();
      const type = file.type || "application/octet-stream";
      ctx.upload(fileId, name, type, bytes);
      infos.push({ fileId, name, type, size: file.size });
    }
    setRejected((old) => (props.multiple ? [...old, ...errors] : errors));
    if (infos.length > 0) commit(props.multiple ? [...current(), ...infos] : [infos[0]]);
  }

  const accepted = acceptedTypesText(props.accept);
  const instructions = `${props.maxUploadSizeMb}MB per file${accepted ? ` • ${accepted}` : ""}`;
  const hasChips = files.length > 0 || rejected.length > 0;
  const openPicker = () => {
    if (!disabled) inputRef.current?.click();
  };

  return h("div", { class: "stFileUploader", "data-testid": "stFileUploader" },
    h(WidgetLabel, { label: props.label, visibility: props.labelVisibility, help: props.help, disabled }),
    h("section", {
      role: "presentation",
      tabindex: "-1",
      "data-testid": "stFileUploaderDropzone",
      "aria-label": labelText(props),
      "aria-disabled": String(disabled),
      class: cx("st-file-dropzone", dragging && "st-dragging", disabled && "st-disabled"),
      onDragOver: (event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (event) => {
        event.preventDefault();
        setDragging(false);
        addFiles(event.dataTransfer?.files);
      },
    },
      h("input", {
        ref: inputRef,
        "data-testid": "stFileUploaderDropzoneInput",
        type: "file",
        class: "st-file-input",
        accept: props.accept && props.accept.length ? props.accept.join(",") : undefined,
        multiple: props.multiple || undefined,
        webkitdirectory: props.directory ? "" : undefined,
        disabled,
        "aria-label": "file upload",
        tabindex: "-1",
        onChange: (event) => {
          const input = event.currentTarget;
          addFiles(input.files).finally(() => {
            input.value = "";
          });
        },
      }),
      hasChips
        ? h("div", { class: "st-file-chips-row" },
            h("div", { "data-testid": "stFileChips", class: "st-file-chips" },
              files.map((file) =>
                h(FileChip, {
                  key: file.fileId,
                  name: file.name,
                  size: file.size,
                  disabled,
                  onRemove: () => commit(current().filter((f) => f.fileId !== file.fileId)),
                })),
              rejected.map((item) =>
                h("div", { key: item.id, "data-testid": "stTooltipErrorHoverTarget", class: "stTooltipErrorHoverTarget" },
                  h(FileChip, {
                    name: item.name,
                    size: item.size,
                    error: item.message,
                    disabled,
                    onRemove: () => setRejected((old) => old.filter((r) => r.id !== item.id)),
                  })))),
            h("button", {
              type: "button",
              kind: "borderlessIcon",
              "data-testid": "stBaseButton-borderlessIcon",
              "aria-label": "Add files",
              class: "st-file-add",
              disabled,
              onClick: openPicker,
            }, h("span", { "aria-hidden": "true", class: "st-file-add-icon" }, "+")))
        : [
            h("span", { key: "button", class: "st-file-upload-button" },
              h("button", {
                type: "button",
                kind: "secondary",
                "data-testid": "stBaseButton-secondary",
                class: "st-button st-button-secondary",
                disabled,
                onClick: openPicker,
              }, h("div", { class: "st-button-inner" },
                h("span", { "data-has-shortcut": "false", class: "st-button-content" },
                  h("span", { class: "st-button-icon" }, h(MaterialIcon, { name: "upload", size: "1rem" })),
                  h("span", { style: { display: "contents" } }, h(Markdown, { body: "Upload", isLabel: true })))))),
            h("div", { key: "instructions", "data-testid": "stFileUploaderDropzoneInstructions", class: "st-file-instructions" },
              h("div", null, h("span", null, instructions))),
          ]));
}
