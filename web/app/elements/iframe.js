// st.iframe / components.html / components.iframe -> iframe.stIFrame, sandboxed
// as Streamlit does. HTML given as srcdoc with height "content" grows to its
// document's height (same-origin srcdoc can be measured).
import { h } from "preact";
import { useRef } from "preact/hooks";

const SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads";

function size(value) {
  return typeof value === "number" ? `${value}px` : value === "stretch" ? "100%" : undefined;
}

export function IFrameElement({ props }) {
  const ref = useRef(null);
  const autoHeight = props.height === "content" && props.srcdoc != null;
  const fit = () => {
    const frame = ref.current;
    const doc = frame?.contentDocument;
    if (!autoHeight || !doc?.documentElement) return;
    frame.style.height = `${doc.documentElement.scrollHeight}px`;
  };
  return h("iframe", {
    ref,
    class: "stIFrame",
    "data-testid": "stIFrame",
    src: props.srcdoc == null ? props.src : undefined,
    srcdoc: props.srcdoc ?? undefined,
    sandbox: SANDBOX,
    title: props.alt ?? "st.iframe",
    tabindex: props.tabIndex ?? undefined,
    scrolling: props.scrolling ? "auto" : "no",
    onLoad: fit,
    style: {
      width: size(props.width) ?? "100%",
      height: autoHeight ? undefined : size(props.height) ?? "150px",
      border: "none",
      colorScheme: "normal",
      display: "block",
    },
  });
}
