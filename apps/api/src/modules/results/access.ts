import { notFound } from "../../errors.ts";
import type { Actor } from "../followups/service.ts";
import type { Place, ResultsRepository } from "./repository.ts";

/**
 * Who sees which results (DOMAIN.md, Roles): a county coordinator their region,
 * a reader their region or municipality, a local coordinator their centres —
 * each also the larger areas above their own, for comparison, and the total of
 * all regions. Nobody sees a centre or municipality outside their own scope.
 */
export interface ResultsAccess {
  /** Inside the actor's own scope: its parts may be listed. */
  owns(place: Place | "all"): boolean;
  /** Own, or above something own: its figures may be shown beside the actor's own. */
  mayCompare(place: Place | "all"): boolean;
}

export async function resultsAccessFor(actor: Actor, repository: ResultsRepository): Promise<ResultsAccess> {
  const { scope, role } = actor;
  if (scope.all) return { owns: () => true, mayCompare: () => true };
  const anchors = (
    await Promise.all([
      ...scope.regionCodes.map((code) => repository.findPlace("region", code)),
      ...scope.municipalityCodes.map((code) => repository.findPlace("municipality", code)),
      ...scope.centreIds.map((code) => repository.findPlace("centre", code)),
    ])
  ).filter((p): p is Place => p !== undefined);

  const inside = (place: Place, anchor: Place) =>
    anchor.level === "region"
      ? place.regionCode === anchor.code
      : anchor.level === "municipality"
        ? (place.level === "municipality" ? place.code : place.municipalityCode) === anchor.code &&
          place.level !== "region"
        : place.level === "centre" && place.code === anchor.code;
  const above = (place: Place, anchor: Place) =>
    (place.level === "region" && anchor.regionCode === place.code) ||
    (place.level === "municipality" && anchor.municipalityCode === place.code);

  return {
    // Across regions, the regions' totals side by side are the county coordinators' comparison.
    owns: (place) => (place === "all" ? role === "county_coordinator" : anchors.some((a) => inside(place, a))),
    mayCompare: (place) => place === "all" || anchors.some((a) => inside(place, a) || above(place, a)),
  };
}

export const outsideScope = () => notFound("Området finns inte eller ligger utanför din behörighet.");
