import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useCentres } from "../../api/hooks/centres.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { AuditLogTable } from "./AuditLogTable.tsx";
import { PeriodsForm } from "./PeriodsForm.tsx";
import { ProgressTable } from "./ProgressTable.tsx";

const currentYear = new Date().getFullYear();
const years = [currentYear + 1, currentYear, currentYear - 1, currentYear - 2];

/** "Årets uppföljning": the county coordinator's year — periods, progress per centre, review, and the log. */
export function YearPage() {
  const centres = useCentres();

  return (
    <QueryStatus query={centres}>
      {({ centres }) => {
        const regions = [...new Map(centres.map((c) => [c.region.code, c.region.name])).entries()];
        return <YearView regions={regions} />;
      }}
    </QueryStatus>
  );
}

function YearView({ regions }: { regions: [code: string, name: string][] }) {
  const t = useMessages().year;
  const [params, setParams] = useSearchParams();
  // The URL holds the choice, so a view can be bookmarked and shared.
  const year = Number(params.get("ar")) || currentYear;
  const region = params.get("lan") ?? regions[0]?.[0] ?? "";
  const choose = (key: "ar" | "lan", value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const regionName = useMemo(() => regions.find(([code]) => code === region)?.[1] ?? "", [regions, region]);

  return (
    <>
      <PageHeading>{`${t.title(year)}${regionName ? ` – ${regionName}` : ""}`}</PageHeading>
      <div className="filters">
        <SelectField
          label={t.yearLabel}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(value) => choose("ar", value)}
        />
        {regions.length > 1 && (
          <SelectField
            label={t.regionLabel}
            value={region}
            options={regions.map(([code, name]) => ({ value: code, label: name }))}
            onChange={(value) => choose("lan", value)}
          />
        )}
      </div>
      <PeriodsForm key={`periods-${region}-${year}`} regionCode={region} year={year} />
      <ProgressTable key={`progress-${region}-${year}`} regionCode={region} year={year} />
      <AuditLogTable key={`log-${region}-${year}`} regionCode={region} year={year} />
    </>
  );
}
