// st.space -> an empty stSpace block of the requested height ("stretch": grows in its container).
import { h } from "preact";

export function SpaceElement({ props }) {
  const stretch = props.size === "stretch";
  return h("div", {
    class: "stSpace",
    "data-testid": "stSpace",
    style: stretch ? { flex: "1 1 auto" } : { height: props.size, width: "100%" },
  });
}
