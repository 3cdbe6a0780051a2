import { type Database, runExclusively } from "@fcs/db";
import { anonymousSurveyKinds, describeQuestions, instrumentUsedIn } from "@fcs/surveys";
import type { Clock } from "../../clock.ts";
import type { RetentionRepository } from "./repository.ts";

export interface RetentionSummary extends Record<string, unknown> {
  freeTextResponses: number;
  sessions: number;
  invites: number;
  allowances: number;
}

/**
 * What is kept no longer than needed: free text (which may name people) some
 * years after the year's report is final, ended sessions, used or expired
 * invites, and the link limits' hourly counts. Daily, once across processes.
 */
export function createRetentionService(
  db: Database,
  repository: RetentionRepository,
  options: { freeTextYears: number; clock: Clock },
) {
  const retain = (runKey?: string) =>
    runExclusively<RetentionSummary>(db, "retention", runKey, async (tx) => {
      const now = options.clock();
      let freeTextResponses = 0;
      for (const { regionCode, year } of await repository.finalReportsOlderThan(tx, options.freeTextYears, now)) {
        const erased: Record<string, number> = {};
        for (const kind of anonymousSurveyKinds) {
          const keys = describeQuestions(instrumentUsedIn(kind, year))
            .filter((q) => q.kind === "free_text")
            .map((q) => q.key);
          const n = await repository.eraseFreeText(tx, regionCode, kind, year, keys);
          if (n > 0) erased[kind] = n;
        }
        const total = Object.values(erased).reduce((a, b) => a + b, 0);
        if (total > 0) await repository.logErasure(tx, regionCode, { year, responses: erased });
        freeTextResponses += total;
      }
      return {
        freeTextResponses,
        sessions: await repository.purgeSessions(tx, now),
        invites: await repository.purgeInvites(tx, now),
        allowances: await repository.purgeAllowances(tx, now),
      };
    });

  return {
    retainNow: () => retain() as Promise<RetentionSummary>,
    retainScheduled: (day: string) => retain(day),
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
