import { useMemo } from "react";
import { useMessages } from "../i18n/index.ts";
import { SelectField } from "./SelectField.tsx";

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
export function MunicipalityFilter(props: {
  municipalities: [string, string][];
  value: string;
  onChange: (code: string) => void;
}) {
  const t = useMessages();
  const options = [
    { value: "", label: t.centres.allMunicipalities },
    ...props.municipalities.map(([value, label]) => ({ value, label })),
  ];
  return (
    <SelectField label={t.centres.filterMunicipality} value={props.value} options={options} onChange={props.onChange} />
  );
}
