import { guidelines } from "@fcs/surveys";
import { AppError, notFound } from "../../errors.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import type { Actor } from "../followups/service.ts";
import type { GuidelineRepository } from "../guidelines/repository.ts";
import type { RegionRepository } from "./repository.ts";

/**
 * The regions of Sweden as this installation serves them: an administrator
 * switches a region on (it joins the comparisons and the national figures)
 * and chooses whose guideline its centres are measured against, or none.
 */
export function createRegionService(
  repository: RegionRepository,
  security: SecurityLog,
  sets: Pick<GuidelineRepository, "publishedRegions">,
) {
  /** The guidelines a region can be measured against: those written in the code, and every region's published set. */
  async function choosable(): Promise<{ code: string; source: string }[]> {
    const published = await sets.publishedRegions();
    const written = guidelines.map((g) => ({ code: g.regionCode, source: g.source }));
    const byCode = new Map(written.map((g) => [g.code, g]));
    for (const p of published) byCode.set(p.regionCode, { code: p.regionCode, source: p.source });
    return [...byCode.values()];
  }

  async function list(actor: Actor) {
    const [regions, offered] = await Promise.all([repository.inScope(actor.scope), choosable()]);
    const names = new Map(regions.map((r) => [r.code, r.name]));
    return {
      regions: regions.map((r) => ({ ...r, guideline: r.guideline?.trim() ?? null })),
      guidelines: offered.map((g) => ({ ...g, region: names.get(g.code) ?? g.code })),
    };
  }

  return {
    list,

    async change(actor: Actor, code: string, change: { active?: boolean; guideline?: string | null }) {
      if (change.guideline && !(await choosable()).some((g) => g.code === change.guideline))
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
