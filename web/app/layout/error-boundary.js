// Keeps one element's rendering bug from blanking the whole page.
import { Component, h } from "preact";

export class ElementErrorBoundary extends Component {
  constructor(props) {
    super(props);
    this.state = { error: null };
  }

  static getDerivedStateFromError(error) {
    return { error };
  }

  componentDidCatch(error) {
    console.error(`wasmlit: could not render a "${this.props.type}" element`, error);
    if (!this.state.error) this.setState({ error });
  }

  componentDidUpdate(previous) {
    // A new node arrived for this slot: try again.
    if (this.state.error && previous.node !== this.props.node) this.setState({ error: null });
  }

  render({ children, type }, { error }) {
    if (!error) return children;
    return h("div", { class: "st-unknown-element", "data-testid": "stRenderError", role: "alert" },
      `wasmlit could not display this "${type}" element: ${error && error.message ? error.message : error}`);
  }
}
