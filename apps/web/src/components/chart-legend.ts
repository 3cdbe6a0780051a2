import type { LegendPayload } from "recharts";

/**
 * Legend items in the order of the series (their data keys are s0, s1, … or the series' own
 * keys in order), not alphabetically as recharts would: the legend reads like the bars.
 */
export const inSeriesOrder = (item: LegendPayload) => {
  const index = /(\d+)$/.exec(String(item.dataKey ?? ""))?.[1];
  return index === undefined ? String(item.value ?? "") : Number(index);
};
