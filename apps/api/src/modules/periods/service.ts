import type { AccessScope } from "@fcs/db";
import { type SurveyKind, surveyKinds } from "@fcs/surveys";
import { surveyNames } from "@fcs/surveys/kinds";
import { AppError } from "../../errors.ts";
import type { PeriodAccess } from "../collection/period-access.ts";
import type { RegionRepository } from "../regions/repository.ts";
import type { PeriodInput, PeriodRepository } from "./repository.ts";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const nextYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

export function createPeriodService(
  repository: PeriodRepository,
  regions: RegionRepository,
  periodAccess: PeriodAccess,
) {
  const ensureRegion = regions.ensureInScope;

  return {
    /** The year's periods; where one is not set yet, last year's dates a year on are suggested. */
    async list(scope: AccessScope, regionCode: string, year: number) {
      await ensureRegion(scope, regionCode);
      const [current, previous] = await Promise.all([
        repository.list(regionCode, year),
        repository.list(regionCode, year - 1),
      ]);
      const periods = surveyKinds.map((kind) => {
        const set = current.find((p) => p.kind === kind);
        if (set) return { kind, opens: set.opens, closes: set.closes, suggested: false };
        const last = previous.find((p) => p.kind === kind);
        if (last) return { kind, opens: nextYear(last.opens), closes: nextYear(last.closes), suggested: true };
        // The follow-up counts the whole year: it is suggested for the first quarter after it.
        return kind === "kvalitetsuppfoljning"
          ? { kind, opens: `${year + 1}-01-15`, closes: `${year + 1}-03-31`, suggested: true }
          : { kind, opens: null, closes: null, suggested: true };
      });
      return { year, periods };
    },

    /** Changing a period after answers have come in is allowed; every change is in the audit log. */
    async set(scope: AccessScope, actorId: string, regionCode: string, year: number, periods: PeriodInput[]) {
      await ensureRegion(scope, regionCode);
      const problems = periods.flatMap((p, index) => {
        const field = `body.periods.${index}`;
        const name = capitalise(surveyNames[p.kind as SurveyKind] ?? p.kind);
        const issues: { field: string; message: string }[] = [];
        if (p.closes < p.opens) issues.push({ field, message: `${name} stänger före den öppnar` });
        if (p.kind === "kvalitetsuppfoljning") {
          // The follow-up counts the whole year, so it is filled in during the year or the half-year after.
          if (p.opens < `${year}-01-01` || p.closes > `${year + 1}-06-30`)
            issues.push({ field, message: `${name} ska ligga under ${year} eller första halvåret ${year + 1}` });
        } else if (p.opens.slice(0, 4) !== String(year) && p.closes.slice(0, 4) !== String(year)) {
          issues.push({ field, message: `${name} ska ligga under verksamhetsåret ${year}` });
        }
        return issues;
      });
      const kinds = periods.map((p) => p.kind);
      if (new Set(kinds).size !== kinds.length)
        problems.push({ field: "body.periods", message: "samma enkät flera gånger" });
      if (problems.length > 0) throw new AppError(400, "invalid_periods", "Perioderna innehåller fel.", problems);
      await repository.set(regionCode, year, periods, actorId);
      for (const p of periods) periodAccess.forget(regionCode, p.kind as SurveyKind, year);
      return this.list(scope, regionCode, year);
    },
  };
}
