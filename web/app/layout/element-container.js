// stElementContainer: wraps every element; carries data-stale and st-key-<key>.
import { Component as PreactComponent, h } from "preact";
import { cx, keyClass, widgetUserKey } from "../classes.js";
import { containerHeight, containerWidth } from "../elements/registry.js";
import { componentFor, isLazyType } from "../elements/lazy.js";
import { UnknownElement } from "../elements/unknown.js";
import { ElementErrorBoundary } from "./error-boundary.js";
import { isWidgetType } from "../tree.js";

// Display elements (not widgets, whose values live outside their props) render
// again only when their props change: the tree keeps a node's props object
// when a rerun sends equal props, so a rerun of a long app stays cheap.
class StaticElement extends PreactComponent {
  shouldComponentUpdate(next) {
    return next.props !== this.props.props || next.Component !== this.props.Component;
  }

  render({ Component, props }) {
    return h(Component, { props });
  }
}

/** Inline style for what `layout` sets: a pixel width, a text alignment. */
function layoutStyle(layout, width) {
  if (!layout) return undefined;
  const style = {};
  if (typeof layout.width === "number") {
    style.width = width;
    style.maxWidth = "100%";
  }
  if (layout.textAlignment) style.textAlign = layout.textAlignment;
  return Object.keys(style).length ? style : undefined;
}

export function ElementContainer({ entry, stale }) {
  const Component = componentFor(entry.type);
  const props = entry.props;
  const body = !Component
    ? isLazyType(entry.type)
      ? h("div", { class: "st-loading-element", "aria-busy": "true" })
      : h(UnknownElement, { type: entry.type })
    : isWidgetType(entry.type)
      ? h(Component, { props })
      : h(StaticElement, { Component, props });
  const width = containerWidth(entry.type, props);
  return h("div", {
    class: cx("stElementContainer element-container", keyClass(widgetUserKey(entry.type, props)), entry.type === "empty" && "st-empty-container"),
    "data-testid": "stElementContainer",
    "data-stale": stale ? "true" : "false",
    width,
    height: containerHeight(entry.type, props),
    overflow: entry.type === "textArea" ? "auto" : "visible",
    style: layoutStyle(props.layout, width),
  }, h(ElementErrorBoundary, { type: entry.type, node: entry }, body));
}
