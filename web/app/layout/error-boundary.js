// Keeps one element's rendering bug from blanking the whole page.
import { Component, h } from "preact";
import { ErrorElement } from "../elements/error-element.js";

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

  render({ children }, { error }) {
    if (!error) return children;
    // As Streamlit 1.67: the error's name, message and stack in an error alert
    // (a slider whose format sprintf rejects shows "SyntaxError: [sprintf] unexpected placeholder").
    return h(ErrorElement, { name: error?.name ?? "Error", error });
  }
}
