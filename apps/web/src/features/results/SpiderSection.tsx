import type { ResultsOverview } from "@fcs/contracts";
import { type SeriesTag, scaleTicks, seriesStyleOf } from "@fcs/contracts/chart-style";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { ChartFrame } from "../../components/ChartFrame.tsx";
import { inSeriesOrder } from "../../components/chart-legend.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";
import { chartValue, formatDecimal } from "./format.ts";

export interface SpiderSeries {
  name: string;
  /** The area it stands for, which gives its colour everywhere; professions have none. */
  tag?: SeriesTag;
  /** Axis key → mean, or undefined where too few answered. */
  values: Record<string, number | undefined>;
}

interface RadarPoint {
  x: number;
  y: number;
  value?: unknown;
}

/**
 * A series' outline that leaves a gap where a factor has no figure (too few answers, or a
 * factor not asked that year) instead of drawing it to the centre, which would read as a
 * collapse: lines only between neighbouring factors that both have a value, a dot on each.
 */
function gappedOutline(color: string, dash: string | undefined, fillOpacity: number) {
  return function Outline(props: unknown) {
    const points = ((props as { points?: RadarPoint[] }).points ?? []).map((p) => ({
      ...p,
      shown: typeof p.value === "number" && Number.isFinite(p.value),
    }));
    if (points.every((p) => p.shown))
      return (
        <polygon
          points={points.map((p) => `${p.x},${p.y}`).join(" ")}
          stroke={color}
          strokeDasharray={dash}
          strokeWidth={2}
          fill={color}
          fillOpacity={fillOpacity}
        />
      );
    const segments = points.flatMap((p, i) => {
      const next = points[(i + 1) % points.length];
      return p.shown && next?.shown ? [`M${p.x},${p.y}L${next.x},${next.y}`] : [];
    });
    return (
      <g className="spider-series-gapped">
        <path d={segments.join("")} stroke={color} strokeDasharray={dash} strokeWidth={2} fill="none" />
        {points
          .filter((p) => p.shown)
          .map((p) => (
            <circle key={`${p.x},${p.y}`} cx={p.x} cy={p.y} r={3} fill={color} />
          ))}
      </g>
    );
  };
}

/** The spider of collaboration factors: one polygon per series, and the same means as a table. */
export function SpiderChart(props: {
  title: string;
  axes: { key: string; title: string }[];
  series: SpiderSeries[];
  summary: string;
}) {
  const t = useMessages().results;
  const data = props.axes.map((axis) => ({
    factor: axis.title,
    ...Object.fromEntries(props.series.map((s, i) => [`s${i}`, s.values[axis.key]])),
  }));
  return (
    <ChartFrame
      title={props.title}
      summary={props.summary}
      chart={
        <ResponsiveContainer width="100%" height={420}>
          <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="factor" tick={{ fontSize: 12, fill: "#1f2937" }} />
            <PolarRadiusAxis domain={[1, 10]} ticks={scaleTicks} tick={{ fontSize: 11, fill: "#374151" }} />
            {props.series.map((s, i) => (
              <Radar
                key={s.name}
                name={s.name}
                dataKey={`s${i}`}
                stroke={seriesStyleOf(s.tag, i).color}
                strokeDasharray={seriesStyleOf(s.tag, i).dash}
                strokeWidth={2}
                fill={seriesStyleOf(s.tag, i).color}
                fillOpacity={i === 0 ? 0.15 : 0}
                shape={gappedOutline(seriesStyleOf(s.tag, i).color, seriesStyleOf(s.tag, i).dash, i === 0 ? 0.15 : 0)}
                isAnimationActive={false}
              />
            ))}
            <Legend itemSorter={inSeriesOrder} />
          </RadarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={props.title}
          columns={[t.factor, ...props.series.map((s) => s.name)]}
          rows={props.axes.map((axis) => ({
            key: axis.key,
            header: axis.title,
            cells: props.series.map((s) => {
              const value = s.values[axis.key];
              return value === undefined ? t.suppressed : formatDecimal(value);
            }),
          }))}
        />
      }
    />
  );
}

/** The spider axes of an overview, and one series per scope. */
export function spiderOf(overview: ResultsOverview) {
  const axes = overview.questions.filter((q) => q.axis).map((q) => ({ key: q.key, title: q.title }));
  const series = overview.scopes.map((scope, i) => ({
    name: scope.name,
    tag: { scope: scope.level },
    values: Object.fromEntries(
      overview.questions.filter((q) => q.axis).map((q) => [q.key, chartValue(q.figures[i], "mean")]),
    ),
  }));
  return { axes, series };
}

/** "Starkast är X, svagast Y" from the first series. */
export function strongestAndWeakest(axes: { key: string; title: string }[], series: SpiderSeries | undefined) {
  const shown = axes.filter((a) => series?.values[a.key] !== undefined);
  if (!series || shown.length === 0) return undefined;
  const sorted = [...shown].sort((a, b) => (series.values[b.key] ?? 0) - (series.values[a.key] ?? 0));
  return { strongest: sorted[0]?.title ?? "", weakest: sorted[sorted.length - 1]?.title ?? "" };
}

/** The staff's spider this year and last year, beside the larger areas. */
export function SpiderSection({ overview, previous }: { overview: ResultsOverview; previous?: ResultsOverview }) {
  const t = useMessages().results;
  const { axes, series } = spiderOf(overview);
  const lastYear = previous && spiderOf(previous).series[0];
  const all: (SpiderSeries | undefined)[] = lastYear
    ? [
        series[0],
        { ...lastYear, name: t.lastYear(lastYear.name, overview.year - 1), tag: { earlier: true } },
        ...series.slice(1),
      ]
    : series;
  const shown = all.filter((s): s is SpiderSeries => !!s);
  const ends = strongestAndWeakest(axes, series[0]);
  return (
    <section aria-labelledby="spider-title" className="results-section">
      <h2 id="spider-title">{t.spiderTitle}</h2>
      <p>{t.spiderIntro}</p>
      <SpiderChart
        title={t.spiderTitle}
        axes={axes}
        series={shown}
        summary={ends ? t.spiderSummary(series[0]?.name ?? "", ends.strongest, ends.weakest) : t.suppressed}
      />
    </section>
  );
}
