import { CountsTally, type Database, runExclusively } from "@fcs/db";
import { type Clock, swedishDate } from "../../clock.ts";
import { publishableChanges } from "./publishable.ts";
import type { PublicationRepository } from "./repository.ts";

export interface PublicationSummary extends Record<string, unknown> {
  /** Centre-survey-years whose published counts moved. */
  published: number;
  /** Responses taken in, and taken out (excluded). */
  added: number;
  removed: number;
  /** Responses still waiting for enough others at their centre. */
  waiting: number;
  /** Region-survey-years whose free text and splits were released. */
  released: number;
}

/**
 * Moves the published counts forward: what every result is read from. Run by
 * the daily job (plugins/scheduler.ts) and, for an administrator, on request.
 * A region's survey year whose collection has closed is released (free text,
 * splits) after that run's publication, under the same threshold.
 */
export function createPublicationService(
  db: Database,
  repository: PublicationRepository,
  options: { threshold: number; clock: Clock },
) {
  const publishIn = (runKey?: string) =>
    runExclusively<PublicationSummary>(db, "publication", runKey, async (tx) => {
      const changes = await repository.changes(tx);
      const chosen = publishableChanges(changes, options.threshold);
      const tally = new CountsTally();
      for (const change of chosen) tally.add(change, change.published ? -1 : 1);
      await repository.apply(tx, chosen, tally);
      const closed = await repository.closedUnreleased(tx, swedishDate(options.clock()));
      for (const { regionCode, kind, year } of closed) await repository.release(tx, regionCode, kind, year);
      return {
        published: tally.groups().length,
        added: chosen.filter((c) => !c.published).length,
        removed: chosen.filter((c) => c.published).length,
        waiting: changes.length - chosen.length,
        released: closed.length,
      };
    });

  return {
    /** Publishes now, whatever the time of day (an administrator's request; the threshold still holds). */
    publishNow: () => publishIn() as Promise<PublicationSummary>,
    /** The scheduled run of one day: done once across every server process, undefined where another did it. */
    publishScheduled: (day: string) => publishIn(day),
  };
}

export type PublicationService = ReturnType<typeof createPublicationService>;
