// st.empty() placeholder -> an empty, hidden element.
import { h } from "preact";

export function EmptyElement() {
  return h("div", { class: "stEmpty", "data-testid": "stEmpty" });
}
