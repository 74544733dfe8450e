// Apache ECharts (every chart type and component of its core; no GL or other
// extensions), in its own lazily loaded chunk.
import * as echarts from "echarts";

export { echarts };
