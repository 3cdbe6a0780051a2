import { guidelineOf, guidelines } from "@fcs/surveys";
import { AppError, notFound } from "../../errors.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import type { Actor } from "../followups/service.ts";
import type { RegionRepository } from "./repository.ts";

/**
 * The regions of Sweden as this installation serves them: an administrator
 * switches a region on (it joins the comparisons and the national figures)
 * and chooses whose guideline its centres are measured against, or none.
 */
export function createRegionService(repository: RegionRepository, security: SecurityLog) {
  async function list(actor: Actor) {
    const regions = await repository.inScope(actor.scope);
    const names = new Map(regions.map((r) => [r.code, r.name]));
    return {
      regions: regions.map((r) => ({ ...r, guideline: r.guideline?.trim() ?? null })),
      guidelines: guidelines.map((g) => ({
        code: g.regionCode,
        region: names.get(g.regionCode) ?? g.regionCode,
        source: g.source,
      })),
    };
  }

  return {
    list,

    async change(actor: Actor, code: string, change: { active?: boolean; guideline?: string | null }) {
      if (change.guideline && !guidelineOf(change.guideline))
        throw new AppError(400, "unknown_guideline", "Det finns ingen riktlinje med den koden.", [
          { field: "body.guideline", message: "okänd riktlinje" },
        ]);
      if (!(await repository.update(code, change))) throw notFound("Regionen finns inte.");
      await security.record({
        action:
          change.active === undefined
            ? "region.guideline_changed"
            : change.active
              ? "region.activated"
              : "region.deactivated",
        actorId: actor.userId,
        regionCodes: [code],
        details: change,
      });
      const region = (await list(actor)).regions.find((r) => r.code === code);
      if (!region) throw notFound("Regionen finns inte.");
      return region;
    },
  };
}
