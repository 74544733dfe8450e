// The selection of an ECharts chart as Streamlit 1.67 reports it
// (st.echarts_chart(on_select=...)): point selections (ECharts'
// `selectchanged`) and brush selections (`brushSelected`) merged per series
// and data type, with the brush regions that have data coordinates.
//   {"selection": {"selected": [{series_index, series_id, series_name, data_type, data_indices}],
//                  "areas": [{brush_index, brush_type, coord_range}]}}

import { isObject } from "./echarts-theme.js";

export const EMPTY_SELECTION = { selection: { selected: [], areas: [] } };

const DATA_TYPE_ORDER = { main: 0, node: 1, edge: 2 };

function seriesAt(option, index) {
  const series = option?.series;
  const one = Array.isArray(series) ? series[index] : index === 0 ? series : undefined;
  return isObject(one) ? one : null;
}

/** An id or name as Streamlit reports it: numbers and non-empty strings, else null. */
function label(value) {
  return typeof value === "number" || (typeof value === "string" && value.length > 0 && !value.includes("\0")) ? value : null;
}

function addGroups(groups, entries) {
  for (const entry of entries ?? []) {
    if (typeof entry?.seriesIndex !== "number") continue;
    const dataType = entry.dataType ?? "main";
    const key = `${entry.seriesIndex}/${dataType}`;
    let group = groups.get(key);
    if (!group) {
      group = { seriesIndex: entry.seriesIndex, dataType, indices: new Set() };
      groups.set(key, group);
    }
    const indices = Array.isArray(entry.dataIndex) ? entry.dataIndex : [entry.dataIndex];
    for (const index of indices) if (typeof index === "number") group.indices.add(index);
  }
}

/**
 * @param {any} option the option the chart was drawn with (for series ids and names)
 * @param {any[]} points ECharts' `selectchanged` `selected` list
 * @param {any[]} brushes ECharts' `brushSelected` batch
 */
export function selectionState(option, points, brushes) {
  const groups = new Map();
  addGroups(groups, points);
  for (const brush of brushes ?? []) addGroups(groups, brush.selected);
  const selected = [...groups.values()]
    .filter((g) => g.indices.size > 0)
    .sort((a, b) => a.seriesIndex - b.seriesIndex || (DATA_TYPE_ORDER[a.dataType] ?? 3) - (DATA_TYPE_ORDER[b.dataType] ?? 3) || a.dataType.localeCompare(b.dataType))
    .map((g) => {
      const series = seriesAt(option, g.seriesIndex);
      return {
        series_index: g.seriesIndex,
        series_id: label(series?.id),
        series_name: label(series?.name),
        data_type: g.dataType,
        data_indices: [...g.indices].sort((a, b) => a - b),
      };
    });
  const areas = [...(brushes ?? [])]
    .sort((a, b) => a.brushIndex - b.brushIndex)
    .flatMap((brush) => (brush.areas ?? [])
      .filter((area) => typeof area.brushType === "string" && Array.isArray(area.coordRange))
      .map((area) => ({ brush_index: brush.brushIndex, brush_type: area.brushType, coord_range: area.coordRange })));
  return { selection: { selected, areas } };
}

/** Whether a brush batch has no region left (cleared). */
export function brushesEmpty(brushes) {
  return (brushes ?? []).every((brush) => (brush.areas ?? []).length === 0);
}
