// st.help -> stHelp: name / type / value, docstring, and a table of members.
import { h } from "preact";

function Member({ member }) {
  return h("tr", { "data-testid": "stHelpMember" },
    h("td", { class: "st-help-member-name" },
      member.name ? h("span", { "data-testid": "stHelpMemberDocName", class: "st-help-name" }, member.name) : null,
      member.type ? h("span", { "data-testid": "stHelpMemberDocType", class: "st-help-type" }, member.type) : null),
    h("td", { class: "st-help-member-doc" },
      member.value
        ? h("span", { "data-testid": "stHelpMemberDocValue", class: "st-help-value" }, member.value)
        : h("span", { "data-testid": "stHelpMemberDocString", class: "st-help-value" }, member.docString || "No docs available")));
}

export function HelpElement({ props }) {
  const members = props.members ?? [];
  return h("span", { class: "stHelp", "data-testid": "stHelp" },
    h("div", { class: "st-help-header" },
      h("span", null,
        props.name ? h("span", { "data-testid": "stHelpName", class: "st-help-name" }, props.name) : null,
        props.type ? h("span", { "data-testid": "stHelpType", class: "st-help-type" }, props.type) : null,
        props.value ? h("span", { "data-testid": "stHelpValue", class: "st-help-value" }, props.value) : null)),
    h("div", { "data-testid": "stHelpDoc", class: "st-help-doc" }, props.docString || "No docs available"),
    members.length > 0
      ? h("table", { "data-testid": "stHelpMembersTable", class: "st-help-members" },
        h("tbody", null, members.map((member) => h(Member, { key: member.name, member }))))
      : null);
}
