// The Vega stack (vega, vega-lite, vega-embed), in its own lazily loaded chunk.
import embed from "vega-embed";

export { embed };
