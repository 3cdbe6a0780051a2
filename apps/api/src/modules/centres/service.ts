import type { AccessScope, NewCentre } from "@fcs/db";
import { AppError } from "../../errors.ts";
import type { CentreChange, CentreFilter, CentreRepository } from "./repository.ts";

export interface CentreEditor {
  userId: string;
  scope: AccessScope;
}

export function createCentreService(repository: CentreRepository) {
  const getCentre = (scope: AccessScope, id: string) => repository.requireInScope(scope, id);

  /** A county coordinator places centres only in municipalities of their own region. */
  async function regionOfMunicipality(scope: AccessScope, code: string) {
    const regionCode = await repository.municipalityRegion(code);
    if (!regionCode) throw invalidMunicipality("Kommunkoden finns inte.");
    if (!scope.all && !scope.regionCodes.includes(regionCode)) {
      throw invalidMunicipality("Kommunen ligger utanför ditt län.");
    }
    return regionCode;
  }

  return {
    listCentres: (scope: AccessScope, filter: CentreFilter) => repository.listInScope(scope, filter),

    /** A centre outside the scope answers as if it did not exist: its existence is not the caller's business. */
    getCentre,

    async createCentre(editor: CentreEditor, input: Omit<NewCentre, "id" | "createdAt" | "kioskPinHash">) {
      const regionCode = await regionOfMunicipality(editor.scope, input.municipalityCode);
      const id = await repository.create(
        { ...input, otherPartners: input.otherPartners ?? [] },
        { actorId: editor.userId, regionCode },
      );
      return getCentre(editor.scope, id);
    },

    /** Editing covers deactivation (an end date) and reactivation (no end date); every change is logged. */
    async updateCentre(editor: CentreEditor, id: string, change: CentreChange) {
      const before = await getCentre(editor.scope, id);
      const regionCode = change.municipalityCode
        ? await regionOfMunicipality(editor.scope, change.municipalityCode)
        : before.region.code;
      const activeFrom = change.activeFrom ?? before.activeFrom;
      const activeTo = change.activeTo === undefined ? before.activeTo : change.activeTo;
      if (activeTo !== null && activeTo < activeFrom) {
        throw new AppError(400, "invalid_dates", "Slutdatumet kan inte ligga före startdatumet.", [
          { field: "body.activeTo", message: "måste vara samma dag som startdatumet eller senare" },
        ]);
      }
      const previous = Object.fromEntries(
        Object.keys(change).map((key) => [
          key,
          key === "municipalityCode" ? before.municipality.code : before[key as keyof typeof before],
        ]),
      );
      await repository.update(id, change, previous, { actorId: editor.userId, regionCode });
      return getCentre(editor.scope, id);
    },
  };
}

function invalidMunicipality(message: string) {
  return new AppError(400, "invalid_municipality", message, [{ field: "body.municipalityCode", message }]);
}
