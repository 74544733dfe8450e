// Forms: widgets whose props.formId is not "" keep their edits pending until
// the form is submitted (a click on one of its submit buttons, or Enter in a
// text/number input when the form has enterToSubmit).

/** The widgets (not buttons) that belong to `formId`. */
export function formMembers(tree, formId) {
  return tree.widgets().filter((entry) => entry.type !== "button" && entry.props.formId === formId);
}

/** The form's submit buttons, in tree order. */
export function submitButtons(tree, formId) {
  return tree
    .widgets()
    .filter((entry) => entry.type === "button" && entry.props.isFormSubmitter && entry.props.formId === formId);
}

/** True when Enter in one of the form's inputs should submit it. */
export function canEnterSubmit(tree, formId) {
  if (!formId) return false;
  const form = tree.findForm(formId);
  if (form && form.props.enterToSubmit === false) return false;
  // As Streamlit 1.67: Enter submits through the form's first submit button
  // only; when that one is disabled, Enter does not submit.
  const first = submitButtons(tree, formId)[0];
  return Boolean(first && !first.props.disabled);
}

/**
 * Commits the form's pending values, sends the rerun (with the submit button's
 * trigger), then shows the widgets' defaults again if the form clears on submit.
 * @param {{tree, widgets, rerun: (triggers: object, origin?: object) => void}} ctx
 * @param {string} formId
 * @param {string|null} submitterId  the clicked submit button; null = the first one
 */
export function submitForm({ tree, widgets, rerun }, formId, submitterId = null) {
  const members = formMembers(tree, formId);
  for (const entry of members) widgets.commit(entry.props.id);
  if (submitterId == null) {
    const first = submitButtons(tree, formId).find((entry) => !entry.props.disabled);
    submitterId = first ? first.props.id : null;
  }
  // A form inside a fragment reruns that fragment (its members share the fragment).
  const origin = submitterId != null ? { id: submitterId } : members[0]?.props ?? null;
  rerun(submitterId == null ? {} : { [submitterId]: true }, origin);
  const form = tree.findForm(formId);
  if (form && form.props.clearOnSubmit) {
    // The form shows its defaults again, as pending edits: like Streamlit, the
    // session keeps the submitted values until the form is submitted again.
    for (const entry of members) widgets.setPending(entry.props.id, entry.props.default ?? null);
  }
}
