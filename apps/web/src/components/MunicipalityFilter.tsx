import { useId, useMemo } from "react";
import { useMessages } from "../i18n/index.ts";

interface HasMunicipality {
  municipality: { code: string; name: string };
}

/** The municipalities that occur in some rows, by name, for a filter. */
export function useMunicipalitiesOf(rows: readonly HasMunicipality[]): [string, string][] {
  return useMemo(
    () =>
      [...new Map(rows.map((r) => [r.municipality.code, r.municipality.name])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1], "sv"),
      ),
    [rows],
  );
}

/** A labelled "Kommun" select with "Alla kommuner" first; the value is a municipality code or "". */
export function MunicipalityFilter({
  municipalities,
  value,
  onChange,
}: {
  municipalities: [string, string][];
  value: string;
  onChange: (code: string) => void;
}) {
  const t = useMessages();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t.centres.filterMunicipality}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.centres.allMunicipalities}</option>
        {municipalities.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
