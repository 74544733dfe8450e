// The icon= at the start of a selectbox / number input (Streamlit 1.67):
//   div > span[data-testid=<testid>] > (stIconMaterial | stIconEmoji)
import { h } from "preact";
import { MaterialIcon, materialIconName } from "../material-icon.js";

export function LeadingIcon({ icon, testid }) {
  if (!icon) return null;
  const material = materialIconName(icon);
  return h("div", { class: "st-input-icon" },
    h("span", { "data-testid": testid },
      material ? h(MaterialIcon, { name: material, size: "1.25rem" })
        : h("span", { "data-testid": "stIconEmoji", "aria-hidden": "true" }, icon)));
}
