// What widget components call when the user interacts with them.
//
//   edit(props, v)    a live, uncommitted edit (typing, dragging): shown, not sent
//   commit(props)     the edit is done: outside a form, rerun if the value changed;
//                     inside a form, the edit stays pending until the form is submitted
//   change(props, v)  edit + commit in one (checkbox, radio, selectbox, step buttons)
//   click(props)      a button: a rerun with its trigger, or the form's submit
//   enter(props)      Enter in an input: submits its form when allowed; returns true if it did
//
// A widget with props.ignoreRerun (on_change="ignore") keeps a committed value
// without a rerun: the next rerun, whatever starts it, carries it. A widget
// with props.bind writes its committed value into the URL (query-binding.js)
// before any rerun, also in a form (where the value waits for the submit).
import { canEnterSubmit, submitForm } from "./forms.js";
import { withBoundValue } from "./query-binding.js";

/**
 * @param {{tree, widgets, rerun: (triggers?: object, origin?: object) => void, stop: () => void,
 *          render: () => void, setQueryString?: (update: (queryString: string) => string) => void}} ctx
 */
export function createActions(ctx) {
  const { tree, widgets, rerun, render } = ctx;

  /** A bound widget's value into the address bar. */
  function syncBound(props, value) {
    if (!props.bind || !ctx.setQueryString) return;
    ctx.setQueryString((queryString) => withBoundValue(queryString, props.bind, value));
  }

  const actions = {
    edit(props, value) {
      widgets.setPending(props.id, value);
      render();
    },

    commit(props) {
      if (props.formId) {
        if (widgets.isDirty(props.id)) syncBound(props, widgets.value(props.id));
        render();
        return;
      }
      if (!widgets.commit(props.id)) {
        render();
        return;
      }
      syncBound(props, widgets.committedValue(props.id));
      if (props.ignoreRerun) render();
      else rerun({}, props);
    },

    change(props, value) {
      widgets.setPending(props.id, value);
      actions.commit(props);
    },

    /** Drops an uncommitted edit (e.g. Escape). */
    revert(props) {
      widgets.discardPending(props.id);
      render();
    },

    click(props) {
      if (props.disabled) return;
      if (props.isFormSubmitter) {
        submitForm(ctx, props.formId, props.id);
        render();
      } else {
        rerun({ [props.id]: true }, props);
      }
    },

    /** Enter in a widget's input. Outside forms this commits; in a form it may submit. */
    enter(props) {
      if (!props.formId) {
        actions.commit(props);
        return true;
      }
      if (!canEnterSubmit(tree, props.formId)) return false;
      submitForm(ctx, props.formId, null);
      render();
      return true;
    },

    stop() {
      ctx.stop();
    },
  };
  return actions;
}
