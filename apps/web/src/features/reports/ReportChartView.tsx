import type { ReportModel } from "@fcs/contracts";
import { axisOf, seriesStyleOf } from "@fcs/contracts/chart-style";
import { hiddenMarker } from "@fcs/contracts/hidden-marker";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFrame } from "../../components/ChartFrame.tsx";
import { inSeriesOrder } from "../../components/chart-legend.ts";
import { HorizontalBars } from "../../components/HorizontalBars.tsx";
import { ReportTableView } from "./ReportTableView.tsx";

type Chart = ReportModel["chapters"][number]["charts"][number];

/** A report chart drawn in the browser, with its numbers as a table: the same data the exports draw. */
export function ReportChartView({ chart }: { chart: Chart }) {
  const data = chart.categories.map((category, c) => ({
    category,
    ...Object.fromEntries(chart.series.map((s, i) => [`s${i}`, s.values[c] ?? undefined])),
  }));
  const axis = axisOf(
    chart.unit,
    chart.kind,
    chart.series.flatMap((s) => s.values),
  );
  const format: "percent" | "decimal" | "count" =
    chart.unit === "percent" ? "percent" : chart.unit === "mean" ? "decimal" : "count";
  const table = {
    title: chart.title,
    columns: [{ title: "", format: "text" as const }, ...chart.series.map((s) => ({ title: s.name, format }))],
    rows: chart.categories.map((category, c) => [category, ...chart.series.map((s) => s.values[c] ?? hiddenMarker)]),
  };
  const summary = `${chart.title}: ${chart.categories.length} värden för ${chart.series.map((s) => s.name).join(", ")}. Siffrorna finns i tabellen.`;
  const series = chart.series.map((s, i) => ({ key: `s${i}`, name: s.name, ...seriesStyleOf(s, i) }));
  const drawn =
    chart.kind === "radar" ? (
      <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="category" tick={{ fontSize: 11, fill: "#1f2937" }} />
        <PolarRadiusAxis domain={[axis.min, axis.max]} ticks={axis.ticks} tick={{ fontSize: 10, fill: "#374151" }} />
        {series.map((s) => (
          <Radar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeDasharray={s.dash}
            fill="none"
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
        <Legend itemSorter={inSeriesOrder} />
      </RadarChart>
    ) : chart.kind === "line" ? (
      <LineChart data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="category" tick={{ fill: "#1f2937" }} />
        <YAxis domain={[axis.min, axis.max]} ticks={axis.ticks} tick={{ fill: "#1f2937" }} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeDasharray={s.dash}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
        <Legend itemSorter={inSeriesOrder} />
      </LineChart>
    ) : (
      <HorizontalBars
        unit={chart.unit}
        categories={chart.categories}
        series={chart.series.map((s, i) => ({
          name: s.name,
          style: seriesStyleOf(s, i),
          values: s.values.map((v) => v ?? undefined),
          missing: s.values.map((v) => (v === null ? hiddenMarker : undefined)),
        }))}
      />
    );
  return (
    <ChartFrame
      title={chart.title}
      summary={summary}
      chart={
        chart.kind === "bar" ? (
          drawn
        ) : (
          <ResponsiveContainer width="100%" height={380}>
            {drawn}
          </ResponsiveContainer>
        )
      }
      table={<ReportTableView table={table} />}
    />
  );
}
