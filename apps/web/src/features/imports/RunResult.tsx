import type { ImportRun } from "@fcs/contracts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";

/** What a preview, dry run or import found: how many rows come in, per year, and every problem by row. */
export function RunResult({ result }: { result: ImportRun }) {
  const t = useMessages().imports;
  return (
    <section aria-labelledby="import-result-title" className="import-result">
      <h2 id="import-result-title">{t.resultTitle[result.mode]}</h2>
      <p role="status">
        {t.summary(result.accepted, result.rows, result.problemRows)}
        {result.mode === "dry_run" ? ` ${t.dryRunNote}` : ""}
      </p>
      {result.years.length > 0 && (
        <DataTable
          caption={t.perYear}
          columns={[t.years, t.centres, t.responses]}
          rows={result.years.map((y) => ({
            key: String(y.year),
            header: String(y.year),
            cells: [y.centres.toLocaleString("sv-SE"), y.responses.toLocaleString("sv-SE")],
          }))}
        />
      )}
      {result.problems.length > 0 && (
        <>
          <h3>{t.problemsTitle}</h3>
          {result.problems.length < result.problemRows && <p>{t.problemsMore(result.problems.length)}</p>}
          <div className="table-scroll">
            <DataTable
              caption={t.problemsTitle}
              captionHidden
              columns={[t.row, t.column, t.problem]}
              rows={result.problems.map((p, i) => ({
                key: `${p.row}-${i}`,
                header: String(p.row),
                cells: [p.column ?? "–", p.message],
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
