import type { SurveyKind } from "@fcs/surveys";
import { TtlCache } from "../../ttl-cache.ts";
import type { CollectionRepository } from "./repository.ts";

/** How long a period lookup is reused: a period the county coordinator moves takes effect within this. */
const periodTtlMs = 30_000;

export interface PeriodState {
  period?: { opens: string; closes: string };
  open: boolean;
}

/** Whether a region collects a survey of a year on a Swedish calendar day, with a short cache. */
export function createPeriodAccess(repository: CollectionRepository) {
  const cache = new TtlCache<string, { opens: string; closes: string } | undefined>(periodTtlMs);
  return {
    async state(regionCode: string, kind: SurveyKind, year: number, today: string): Promise<PeriodState> {
      const period = await cache.get(`${regionCode}/${kind}/${year}`, () =>
        repository.findPeriod(regionCode, kind, year),
      );
      return { period, open: period !== undefined && today >= period.opens && today <= period.closes };
    },

    /** A period changed through this app takes effect at once. */
    forget: (regionCode: string, kind: SurveyKind, year: number) => cache.forget(`${regionCode}/${kind}/${year}`),
  };
}

export type PeriodAccess = ReturnType<typeof createPeriodAccess>;
