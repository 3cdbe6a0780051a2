import { useSearchParams } from "react-router";
import { SelectField } from "./SelectField.tsx";

type Regions = [code: string, name: string][];

/**
 * A region's year, chosen in the URL (`ar`, `lan`), so a view can be bookmarked and shared:
 * the county coordinator's pages for one region and year use it.
 */
export function useRegionYear(regions: Regions, defaultYear: number) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("ar")) || defaultYear;
  const region = params.get("lan") ?? regions[0]?.[0] ?? "";
  const choose = (key: "ar" | "lan", value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return { year, region, choose };
}

/** The year, and the region where there are several. */
export function RegionYearFilters(props: {
  regions: Regions;
  years: number[];
  year: number;
  region: string;
  labels: { year: string; region: string };
  choose: (key: "ar" | "lan", value: string) => void;
}) {
  return (
    <div className="filters">
      <SelectField
        label={props.labels.year}
        value={props.year}
        options={props.years.map((y) => ({ value: y, label: String(y) }))}
        onChange={(value) => props.choose("ar", value)}
      />
      {props.regions.length > 1 && (
        <SelectField
          label={props.labels.region}
          value={props.region}
          options={props.regions.map(([code, name]) => ({ value: code, label: name }))}
          onChange={(value) => props.choose("lan", value)}
        />
      )}
    </div>
  );
}
