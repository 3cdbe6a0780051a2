import { useMemo } from "react";
import { useCentres } from "../../api/hooks/centres.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { RegionYearFilters, useRegionYear } from "../../components/RegionYearFilters.tsx";
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
  const { year, region, choose } = useRegionYear(regions, currentYear);
  const regionName = useMemo(() => regions.find(([code]) => code === region)?.[1] ?? "", [regions, region]);

  return (
    <>
      <PageHeading>{`${t.title(year)}${regionName ? ` – ${regionName}` : ""}`}</PageHeading>
      <RegionYearFilters
        regions={regions}
        years={years}
        year={year}
        region={region}
        labels={{ year: t.yearLabel, region: t.regionLabel }}
        choose={choose}
      />
      <PeriodsForm key={`periods-${region}-${year}`} regionCode={region} year={year} />
      <ProgressTable key={`progress-${region}-${year}`} regionCode={region} year={year} />
      <AuditLogTable key={`log-${region}-${year}`} regionCode={region} year={year} />
    </>
  );
}
