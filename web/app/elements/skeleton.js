// st.skeleton -> div.stSkeleton[data-testid=stSkeletonElement][aria-hidden=true]
// (Streamlit 1.67): a pulsing grey block, the standard element height unless
// `height` is given (then the element container has that height and the
// skeleton fills it). A context manager's skeleton (props.delayMs) only
// appears once it has been shown that long, like Streamlit's delayed one.
import { h } from "preact";
import { useEffect, useState } from "preact/hooks";

export function SkeletonElement({ props }) {
  const delay = Number(props.delayMs) || 0;
  const [visible, setVisible] = useState(delay <= 0);
  useEffect(() => {
    if (delay <= 0) return undefined;
    setVisible(false);
    const timer = setTimeout(() => setVisible(true), delay);
    return () => clearTimeout(timer);
  }, [props]);
  if (!visible) return null;
  const sized = props.height !== null && props.height !== undefined;
  return h("div", {
    class: "stSkeleton st-skeleton",
    "data-testid": "stSkeletonElement",
    "aria-hidden": "true",
    width: "100%",
    height: sized ? "100%" : undefined,
    style: typeof props.height === "number" ? { height: `${props.height}px` } : props.height === "stretch" ? { height: "100%" } : undefined,
  });
}
