import { useCallback, useId, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";
import { AuditLogTable } from "./AuditLogTable.tsx";
import { PeriodsForm } from "./PeriodsForm.tsx";
import { ProgressTable } from "./ProgressTable.tsx";

const currentYear = new Date().getFullYear();
const years = [currentYear + 1, currentYear, currentYear - 1, currentYear - 2];

/** "Årets uppföljning": the county coordinator's year — periods, progress per centre, review, and the log. */
export function YearPage() {
  const t = useMessages();
  const { api } = useSession();
  const load = useCallback((signal: AbortSignal) => api.centres(signal), [api]);
  const { state, retry } = useApiQuery(load, t.errors.network);

  return (
    <QueryStatus state={state} retry={retry}>
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
  const yearId = useId();
  const regionId = useId();
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
        <div className="field field-inline">
          <label htmlFor={yearId}>{t.yearLabel}</label>
          <select id={yearId} value={year} onChange={(e) => choose("ar", e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {regions.length > 1 && (
          <div className="field field-inline">
            <label htmlFor={regionId}>{t.regionLabel}</label>
            <select id={regionId} value={region} onChange={(e) => choose("lan", e.target.value)}>
              {regions.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <PeriodsForm key={`periods-${region}-${year}`} regionCode={region} year={year} />
      <ProgressTable key={`progress-${region}-${year}`} regionCode={region} year={year} />
      <AuditLogTable key={`log-${region}-${year}`} regionCode={region} year={year} />
    </>
  );
}
