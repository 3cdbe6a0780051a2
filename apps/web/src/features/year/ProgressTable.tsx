import type { Progress } from "@fcs/contracts";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useProgress } from "../../api/hooks/year.ts";
import { MunicipalityFilter, useMunicipalitiesOf } from "../../components/MunicipalityFilter.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";

type Row = Progress["centres"][number];
type Column = "name" | "municipality" | "besokVuxen" | "besokBarn" | "spindel" | "followUp";

const followUpOrder = ["not_started", "draft", "returned", "submitted", "approved"];

const compare: Record<Column, (a: Row, b: Row) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, "sv"),
  municipality: (a, b) => a.municipality.name.localeCompare(b.municipality.name, "sv") || compare.name(a, b),
  besokVuxen: (a, b) => a.besokVuxen - b.besokVuxen,
  besokBarn: (a, b) => a.besokBarn - b.besokBarn,
  spindel: (a, b) => a.spindel - b.spindel,
  followUp: (a, b) => followUpOrder.indexOf(a.followUp) - followUpOrder.indexOf(b.followUp),
};

/** The live table per centre: answers so far and the follow-up's status, counts only. */
export function ProgressTable({ regionCode, year }: { regionCode: string; year: number }) {
  const t = useMessages().year;
  const progress = useProgress(regionCode, year);

  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t.progressTitle}</h2>
      <p>{t.progressIntro}</p>
      <QueryStatus query={progress}>
        {({ centres, threshold }) => <SortableProgress rows={centres} year={year} threshold={threshold} />}
      </QueryStatus>
    </section>
  );
}

function SortableProgress({ rows, year, threshold }: { rows: Row[]; year: number; threshold: number }) {
  const t = useMessages();
  const [municipality, setMunicipality] = useState("");
  const [status, setStatus] = useState("");
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: "municipality", ascending: true });
  const municipalities = useMunicipalitiesOf(rows);
  const shown = useMemo(() => {
    const filtered = rows.filter(
      (r) => (!municipality || r.municipality.code === municipality) && (!status || r.followUp === status),
    );
    const sorted = [...filtered].sort(compare[sort.column]);
    return sort.ascending ? sorted : sorted.reverse();
  }, [rows, municipality, status, sort]);
  /** A survey with answers, but fewer than the minimum: its results will not show. */
  const count = (n: number) => (
    <>
      {n}
      {n > 0 && n < threshold && <span className="tag">{t.year.belowThreshold(threshold)}</span>}
    </>
  );
  const empty = (r: Row) => r.besokVuxen + r.besokBarn + r.spindel === 0;

  const header = (column: Column, numeric = false) => (
    <th
      scope="col"
      className={numeric ? "numeric" : undefined}
      aria-sort={sort.column === column ? (sort.ascending ? "ascending" : "descending") : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : true }))}
      >
        {t.year.columns[column]}
        <span aria-hidden="true">{sort.column === column ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );

  return (
    <>
      <div className="filters">
        <MunicipalityFilter municipalities={municipalities} value={municipality} onChange={setMunicipality} />
        <SelectField
          label={t.year.statusFilter}
          value={status}
          options={[
            { value: "", label: t.year.allStatuses },
            ...followUpOrder.map((s) => ({
              value: s,
              label: `${t.followUp.status[s as Row["followUp"]]} (${rows.filter((r) => r.followUp === s).length})`,
            })),
          ]}
          onChange={setStatus}
        />
      </div>
      <div className="table-scroll">
        <table className="progress-table">
          <caption aria-live="polite">{t.year.progressCaption(shown.length, shown.filter(empty).length)}</caption>
          <thead>
            <tr>
              {header("name")}
              {header("municipality")}
              {header("besokVuxen", true)}
              {header("besokBarn", true)}
              {header("spindel", true)}
              {header("followUp")}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className={empty(row) ? "row-empty" : undefined}>
                <th scope="row">
                  {row.name}
                  {empty(row) && <span className="tag">{t.year.nothingYet}</span>}
                </th>
                <td>{row.municipality.name}</td>
                <td className="numeric">{count(row.besokVuxen)}</td>
                <td className="numeric">{count(row.besokBarn)}</td>
                <td className="numeric">{count(row.spindel)}</td>
                <td>
                  <Link to={`/familjecentraler/${row.id}/uppfoljning/${year}`}>
                    {t.followUp.status[row.followUp]}
                    <span className="visually-hidden"> – {t.year.open(row.name)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
