// st.json -> stJson: a collapsible tree (class names follow react-json-view,
// which real Streamlit uses).
import { h } from "preact";
import { useState } from "preact/hooks";

function parse(body) {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, value: body };
  }
}

export function JsonElement({ props }) {
  const parsed = parse(props.body ?? "null");
  const expanded = props.expanded;
  const depthOpen = expanded === false ? 0 : expanded === true || expanded == null ? Infinity : Number(expanded);
  return h("div", { class: "stJson", "data-testid": "stJson" },
    h("div", { class: "react-json-view" },
      parsed.ok
        ? h(JsonValue, { value: parsed.value, depth: 0, depthOpen, name: null })
        : h("pre", null, String(parsed.value))));
}

function JsonScalar({ value }) {
  if (value === null) return h("span", { class: "null-value json-null" }, "null");
  switch (typeof value) {
    case "string":
      return h("span", { class: "string-value json-string" }, JSON.stringify(value));
    case "number":
      return h("span", { class: `${Number.isInteger(value) ? "int" : "float"}-value json-number` }, String(value));
    case "boolean":
      return h("span", { class: "boolean-value json-boolean" }, String(value));
    default:
      return h("span", null, String(value));
  }
}

function Key({ name }) {
  if (name === null) return null;
  return h("span", { class: "object-key-wrap" },
    typeof name === "number"
      ? h("span", { class: "array-key" }, String(name))
      : h("span", { class: "object-key" }, `"${name}"`),
    h("span", { class: "colon" }, ":"));
}

function JsonValue({ value, depth, depthOpen, name }) {
  const isArray = Array.isArray(value);
  const isObject = value !== null && typeof value === "object";
  const [open, setOpen] = useState(depth < depthOpen);
  if (!isObject) {
    return h("div", { class: "variable-row" }, h(Key, { name }), h("div", { class: "variable-value" }, h(JsonScalar, { value })));
  }
  const entries = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const [openBrace, closeBrace] = isArray ? ["[", "]"] : ["{", "}"];
  const toggle = () => setOpen(!open);
  return h("div", { class: "object-key-val" },
    h("span", { class: "json-toggle-row", onClick: toggle, role: "button", "aria-expanded": String(open), tabindex: "-1" },
      h("span", { class: open ? "expanded-icon" : "collapsed-icon", "aria-hidden": "true" },
        h("svg", { viewBox: "0 0 15 15", width: "11", height: "11", fill: "currentColor", style: open ? undefined : { transform: "rotate(-90deg)" } },
          h("path", { d: "M0 5l6 6 6-6z" }))),
      h(Key, { name }),
      h("span", { class: "brace" }, openBrace)),
    open
      ? h("div", { class: "pushed-content object-container" },
          h("div", { class: "object-content" },
            entries.map(([k, v]) => h(JsonValue, { key: k, value: v, depth: depth + 1, depthOpen, name: k }))))
      // Streamlit 1.67: a collapsed node reads "[...]" with no item count.
      : h("span", { class: "node-ellipsis", onClick: toggle, title: `${entries.length} item${entries.length === 1 ? "" : "s"}` }, "..."),
    h("span", { class: "brace-row" }, closeBrace));
}
