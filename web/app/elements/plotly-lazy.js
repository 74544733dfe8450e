// plotly.js (the prebuilt, minified distribution), in its own lazily loaded chunk.
import Plotly from "plotly.js-dist-min";

export { Plotly };
