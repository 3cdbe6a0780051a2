import type { RegionList } from "@fcs/contracts";
import { useCallback, useId } from "react";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { useMessages } from "../../i18n/index.ts";
import { useRegionMunicipalities } from "../admin/useRegionMunicipalities.ts";
import { useSession } from "../auth/session.tsx";

export interface ScopeChoice {
  regionCode: string;
  /** Empty for the whole region. */
  municipalityCode: string;
}

/** The regions the caller administers: every region for an administrator, their own for a county coordinator. */
export function useRegions() {
  const { api } = useSession();
  const load = useCallback(async (signal: AbortSignal): Promise<RegionList> => api.regions(signal), [api]);
  return useApiQuery(load, useMessages().errors.network);
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
  const { state } = useRegionMunicipalities(props.regionCode);
  const municipalities = state.status === "ready" ? state.data : [];
  return (
    <div className="field">
      <label htmlFor={props.id}>{t.municipality}</label>
      <select
        id={props.id}
        value={props.value}
        disabled={state.status !== "ready"}
        aria-busy={state.status === "loading"}
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
