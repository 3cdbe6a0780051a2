import { type AccessScope, isoTimestamp as iso } from "@fcs/db";
import { AppError, notFound } from "../../errors.ts";
import type { CentreRepository } from "../centres/repository.ts";
import type { CollectionRepository } from "../collection/repository.ts";
import { flagBursts } from "./bursts.ts";
import type { ExclusionRepository } from "./repository.ts";

interface Actor {
  userId: string;
  scope: AccessScope;
}

/**
 * Watching the tablets and links of a centre, and leaving a stuffed one's
 * answers out of the results: never deleted, reversible, and logged. An
 * exclusion takes effect with the next publication (modules/publication).
 */
export function createExclusionService(
  repository: ExclusionRepository,
  centres: CentreRepository,
  tokens: Pick<CollectionRepository, "listTokens">,
) {
  async function centreInScope(actor: Actor, centreId: string) {
    const centre = await centres.requireInScope(actor.scope, centreId);
    return { actorId: actor.userId, regionCode: centre.region.code, centreId };
  }

  const exclusionsOf = async (centreId: string) =>
    (await repository.exclusionsOf(centreId)).map((e) => ({
      ...e,
      createdAt: iso(e.createdAt),
      revokedAt: e.revokedAt ? iso(e.revokedAt) : null,
    }));

  return {
    /** Answers per tablet or link and day, with the days that stand out. */
    async activity(actor: Actor, centreId: string, year: number) {
      await centreInScope(actor, centreId);
      const [centreTokens, counts, exclusions] = await Promise.all([
        tokens.listTokens(centreId),
        repository.answersPerTokenAndDay(centreId, year),
        exclusionsOf(centreId),
      ]);
      return {
        year,
        tokens: centreTokens
          .map(({ id, label, channel, revokedAt }) => {
            const days = counts.filter((c) => c.tokenId === id);
            const bursts = flagBursts(days.map((d) => d.n));
            return {
              id,
              label,
              channel,
              revokedAt: revokedAt ? iso(revokedAt) : null,
              days: days.map((d, i) => ({ day: d.day, n: d.n, burst: bursts[i] ?? false, excluded: d.excluded })),
            };
          })
          .filter((token) => token.days.length > 0 || token.revokedAt === null),
        exclusions,
      };
    },

    async exclude(actor: Actor, centreId: string, body: { tokenId: string; from: string; to: string; reason: string }) {
      const author = await centreInScope(actor, centreId);
      if (body.to < body.from)
        throw new AppError(400, "invalid_range", "Slutdagen ligger före startdagen.", [
          { field: "body.to", message: "ska vara samma dag som from eller senare" },
        ]);
      const token = (await tokens.listTokens(centreId)).find((t) => t.id === body.tokenId);
      if (!token) throw notFound("Surfplattan eller länken finns inte på den här familjecentralen.");
      const reason = body.reason.trim();
      const id = await repository.create({ ...body, reason }, author, {
        tokenId: body.tokenId,
        label: token.label,
        from: body.from,
        to: body.to,
        reason,
      });
      const created = (await exclusionsOf(centreId)).find((e) => e.id === id);
      if (!created) throw new Error("a new exclusion was not found");
      return created;
    },

    async revoke(actor: Actor, centreId: string, exclusionId: string) {
      const author = await centreInScope(actor, centreId);
      if (!(await repository.revoke(exclusionId, author, {})))
        throw notFound("Uteslutningen finns inte eller är redan ångrad.");
    },
  };
}

export type ExclusionService = ReturnType<typeof createExclusionService>;
