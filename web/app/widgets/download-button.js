// st.download_button -> stDownloadButton: a click saves the element's bytes
// through a Blob URL (a real browser download) and, unless on_click="ignore",
// reruns the app with the button's trigger.
import { h } from "preact";
import { useContext } from "preact/hooks";
import { AppContext } from "../context.js";
import { WithTooltip } from "../help.js";
import { ButtonContent, useButtonShortcut } from "./button-content.js";

function base64Bytes(text) {
  const binary = atob(text ?? "");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Starts the browser's download of `props.data` as `props.fileName`. */
export function saveDownload(props) {
  const blob = new Blob([base64Bytes(props.data)], { type: props.mime || "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = props.fileName || "streamlit_download";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DownloadButtonWidget({ props }) {
  const { actions } = useContext(AppContext);
  const kind = ["primary", "secondary", "tertiary"].includes(props.kind) ? props.kind : "secondary";
  const activate = () => {
    if (props.disabled) return;
    saveDownload(props);
    if (!props.ignoreRerun) actions.click(props);
  };
  useButtonShortcut(props.shortcut, Boolean(props.disabled), activate);
  const button = h("button", {
    type: "button",
    kind,
    "data-testid": `stBaseButton-${kind}`,
    class: `st-button st-button-${kind}${props.useContainerWidth ? " st-button-full" : ""}`,
    disabled: Boolean(props.disabled),
    onClick: activate,
  },
    h(ButtonContent, { props }));
  return h("div", { class: "stDownloadButton", "data-testid": "stDownloadButton" }, h(WithTooltip, { help: props.help }, button));
}
