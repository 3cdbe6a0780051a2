import { type ReactNode, useId } from "react";
import { useMessages } from "../i18n/index.ts";

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
