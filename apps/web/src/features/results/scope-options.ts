import type { Centre, CurrentUser } from "@fcs/contracts";

export interface ScopeOption {
  id: string;
  name: string;
}

/**
 * The areas a user starts from: their centres, municipalities or regions (an
 * administrator every region), and all regions together for comparison.
 * Drilling down from a region's parts reaches the rest.
 */
export function scopeOptions(user: CurrentUser, centres: Centre[], allRegionsName: string): ScopeOption[] {
  const regions = new Map(centres.map((c) => [c.region.code, c.region.name]));
  const municipalities = new Map(centres.map((c) => [c.municipality.code, c.municipality.name]));
  const own: ScopeOption[] = user.scope.all
    ? [...regions].map(([code, name]) => ({ id: `region:${code}`, name }))
    : [
        ...user.scope.centreIds.map((id) => ({
          id: `centre:${id}`,
          name: centres.find((c) => c.id === id)?.name ?? id,
        })),
        ...user.scope.municipalityCodes.map((code) => ({
          id: `municipality:${code}`,
          name: municipalities.get(code) ?? code,
        })),
        ...user.scope.regionCodes.map((code) => ({ id: `region:${code}`, name: regions.get(code) ?? code })),
      ];
  return [...own, { id: "all", name: allRegionsName }];
}
