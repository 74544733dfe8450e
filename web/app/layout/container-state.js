// The open state of st.tabs / st.expander / st.popover: the page's own, or —
// when the script made it a widget (on_change="rerun" or a callback; the block
// then has an id) — the widget's value, which a change sends in a rerun.
import { useContext } from "preact/hooks";
import { AppContext } from "../context.js";

/** [value, setValue]: `local` ([value, setter] the component keeps) unless the block is a widget. */
export function useContainerState(props, local) {
  const app = useContext(AppContext);
  if (props.id == null || !app) return local;
  const value = app.widgets.value(props.id);
  return [value, (next) => { if (next !== value) app.actions.change(props, next); }];
}
