import type { RegionList } from "@fcs/contracts";
import { useId } from "react";
import { useMunicipalities } from "../../api/hooks/regions.ts";
import { useMessages } from "../../i18n/index.ts";

export interface ScopeChoice {
  regionCode: string;
  /** Empty for the whole region. */
  municipalityCode: string;
}

/** Where a reader or county coordinator sees: a region, and for a reader possibly one of its municipalities. */
export function ScopeFields(props: {
  regions: RegionList["regions"];
  value: ScopeChoice;
  allowMunicipality: boolean;
  onChange(value: ScopeChoice): void;
}) {
  const t = useMessages().users;
  const regionId = useId();
  const municipalityId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={regionId}>{t.region}</label>
        <select
          id={regionId}
          value={props.value.regionCode}
          required
          onChange={(e) => props.onChange({ regionCode: e.target.value, municipalityCode: "" })}
        >
          <option value="">{t.chooseRegion}</option>
          {props.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {props.allowMunicipality && props.value.regionCode && (
        <MunicipalitySelect
          id={municipalityId}
          regionCode={props.value.regionCode}
          value={props.value.municipalityCode}
          onChange={(municipalityCode) => props.onChange({ ...props.value, municipalityCode })}
        />
      )}
    </>
  );
}

function MunicipalitySelect(props: { id: string; regionCode: string; value: string; onChange(code: string): void }) {
  const t = useMessages().users;
  const query = useMunicipalities(props.regionCode);
  const municipalities = query.data ?? [];
  return (
    <div className="field">
      <label htmlFor={props.id}>{t.municipality}</label>
      <select
        id={props.id}
        value={props.value}
        disabled={!query.isSuccess}
        aria-busy={query.isPending}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{t.wholeRegion}</option>
        {municipalities.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The scope as the API takes it. */
export const scopeBody = (choice: ScopeChoice) =>
  choice.municipalityCode ? { municipalityCode: choice.municipalityCode } : { regionCode: choice.regionCode };
