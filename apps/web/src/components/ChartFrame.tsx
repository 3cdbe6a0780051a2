import { type ReactNode, useId } from "react";
import { useMessages } from "../i18n/index.ts";

/** Series colours with a 3:1 contrast on white; each series also has its own dash, so colour is never the only cue. */
export const seriesStyles = [
  { color: "#1d4ed8", dash: undefined },
  { color: "#b45309", dash: "6 3" },
  { color: "#047857", dash: "2 3" },
  { color: "#7e22ce", dash: "10 4 2 4" },
  { color: "#be123c", dash: "1 2" },
] as const;

export const seriesStyle = (index: number) => seriesStyles[index % seriesStyles.length] ?? seriesStyles[0];

/**
 * A chart with what it says in words (also its accessible name), and the same
 * numbers as a table one click away: no figure exists only as a picture.
 */
export function ChartFrame(props: { title: string; summary: string; chart: ReactNode; table: ReactNode }) {
  const t = useMessages().results;
  const titleId = useId();
  return (
    <section className="chart-frame" aria-labelledby={titleId}>
      <h3 id={titleId}>{props.title}</h3>
      <p className="chart-summary">{props.summary}</p>
      <div className="chart" role="img" aria-label={props.summary}>
        {props.chart}
      </div>
      <details className="chart-table">
        <summary>{t.showTable}</summary>
        {props.table}
      </details>
    </section>
  );
}
