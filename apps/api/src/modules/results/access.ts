import { notFound } from "../../errors.ts";
import type { Actor } from "../followups/service.ts";
import type { Place, ResultsRepository } from "./repository.ts";
import { allPlaces, type PlaceId, placeId } from "./tree.ts";

/**
 * Who sees which results (docs/domain.md, Roles): a county coordinator their region,
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

export interface ScopeSummary {
  id: PlaceId;
  level: "all" | Place["level"];
  name: string;
}

export const summaryOf = (place: Place | "all"): ScopeSummary =>
  place === "all"
    ? { id: allPlaces, level: "all", name: "Alla regioner" }
    : { id: placeId(place.level, place.code), level: place.level, name: place.name };

/** Finding a scope, checking that the caller may see it, and the larger areas above it. */
export function createPlaceAccess(repository: ResultsRepository) {
  async function findPlace(scope: string): Promise<Place | "all" | undefined> {
    if (scope === allPlaces) return "all";
    const [level, code] = scope.split(":") as [Place["level"], string];
    return repository.findPlace(level, code);
  }

  return {
    /** The place the caller asked for, if they may see it at all (else 404: it does not exist to them). */
    async visiblePlace(actor: Actor, scope: string, need: "compare" | "own") {
      const [place, access] = await Promise.all([findPlace(scope), resultsAccessFor(actor, repository)]);
      if (!place || !(need === "own" ? access.owns(place) : access.mayCompare(place))) throw outsideScope();
      return { place, access };
    },

    /** The scope and every larger area above it that the caller may compare with, up to all regions. */
    async chainOf(place: Place | "all", access: ResultsAccess): Promise<(Place | "all")[]> {
      if (place === "all") return ["all"];
      const parents: (Place | undefined)[] = [
        place.level === "centre" && place.municipalityCode
          ? await repository.findPlace("municipality", place.municipalityCode)
          : undefined,
        place.level !== "region" ? await repository.findPlace("region", place.regionCode) : undefined,
      ];
      return [place, ...parents.filter((p): p is Place => p !== undefined), "all" as const].filter((p) =>
        access.mayCompare(p),
      );
    },
  };
}
