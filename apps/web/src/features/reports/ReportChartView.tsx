import type { ReportModel } from "@fcs/contracts";
import {
  Bar,
  BarChart,
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
import { ChartFrame, seriesStyle } from "../../components/ChartFrame.tsx";
import { inSeriesOrder } from "../../components/chart-legend.ts";
import { ReportTableView } from "./ReportTableView.tsx";

type Chart = ReportModel["chapters"][number]["charts"][number];

/** A report chart drawn in the browser, with its numbers as a table: the same data the exports draw. */
export function ReportChartView({ chart }: { chart: Chart }) {
  const data = chart.categories.map((category, c) => ({
    category,
    ...Object.fromEntries(chart.series.map((s, i) => [`s${i}`, s.values[c] ?? undefined])),
  }));
  const max = chart.unit === "percent" ? 100 : chart.unit === "mean" ? 10 : undefined;
  const format: "percent" | "decimal" | "count" =
    chart.unit === "percent" ? "percent" : chart.unit === "mean" ? "decimal" : "count";
  const table = {
    title: chart.title,
    columns: [{ title: "", format: "text" as const }, ...chart.series.map((s) => ({ title: s.name, format }))],
    rows: chart.categories.map((category, c) => [category, ...chart.series.map((s) => s.values[c] ?? "för få svar")]),
  };
  const summary = `${chart.title}: ${chart.categories.length} värden för ${chart.series.map((s) => s.name).join(", ")}. Siffrorna finns i tabellen.`;
  const series = chart.series.map((s, i) => ({ key: `s${i}`, name: s.name, ...seriesStyle(i) }));
  const drawn =
    chart.kind === "radar" ? (
      <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="category" tick={{ fontSize: 11, fill: "#1f2937" }} />
        <PolarRadiusAxis domain={[0, 10]} tick={{ fontSize: 10, fill: "#374151" }} />
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
        <YAxis domain={[0, max ?? "auto"]} tick={{ fill: "#1f2937" }} />
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
      <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, max ?? "auto"]} tick={{ fill: "#1f2937" }} />
        <YAxis type="category" interval={0} dataKey="category" width={260} tick={{ fontSize: 11, fill: "#1f2937" }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
        ))}
        <Legend itemSorter={inSeriesOrder} />
      </BarChart>
    );
  const height = chart.kind === "bar" ? Math.max(240, chart.categories.length * 22 * chart.series.length + 60) : 380;
  return (
    <ChartFrame
      title={chart.title}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={height}>
          {drawn}
        </ResponsiveContainer>
      }
      table={<ReportTableView table={table} />}
    />
  );
}
