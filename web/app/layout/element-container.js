// stElementContainer: wraps every element; carries data-stale and st-key-<key>.
import { h } from "preact";
import { cx, keyClass, widgetUserKey } from "../classes.js";
import { containerWidth, ELEMENTS } from "../elements/registry.js";
import { UnknownElement } from "../elements/unknown.js";
import { ElementErrorBoundary } from "./error-boundary.js";

export function ElementContainer({ entry, stale }) {
  const Component = ELEMENTS[entry.type];
  const props = entry.props;
  return h("div", {
    class: cx("stElementContainer element-container", keyClass(widgetUserKey(entry.type, props)), entry.type === "empty" && "st-empty-container"),
    "data-testid": "stElementContainer",
    "data-stale": stale ? "true" : "false",
    width: containerWidth(entry.type, props),
    height: "auto",
    overflow: entry.type === "textArea" ? "auto" : "visible",
  }, h(ElementErrorBoundary, { type: entry.type, node: entry },
    Component ? h(Component, { props }) : h(UnknownElement, { type: entry.type })));
}
