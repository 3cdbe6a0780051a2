import type { AccessScope } from "@fcs/db";
import { notFound } from "../../errors.ts";
import type { CentreFilter, CentreRepository } from "./repository.ts";

export function createCentreService(repository: CentreRepository) {
  return {
    listCentres: (scope: AccessScope, filter: CentreFilter) => repository.listInScope(scope, filter),

    /** A centre outside the scope answers as if it did not exist: its existence is not the caller's business. */
    async getCentre(scope: AccessScope, id: string) {
      const centre = await repository.findInScope(scope, id);
      if (!centre) throw notFound("Familjecentralen finns inte eller ligger utanför din behörighet.");
      return centre;
    },
  };
}
