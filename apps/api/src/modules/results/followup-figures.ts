import { type Answers, evaluateRule, type Guideline, type RuleOutcome } from "@fcs/surveys";
import type { Actor } from "../followups/service.ts";
import { guidelineInForce } from "../guidelines/service.ts";
import { createPlaceAccess, type ScopeSummary, summaryOf } from "./access.ts";
import { type Activity, activityDefinitions, activityTree } from "./followup-activity.ts";
import type { CentreFollowUp, FollowUpFiguresRepository } from "./followup-repository.ts";
import type { Place, ResultsRepository } from "./repository.ts";
import { placeId } from "./tree.ts";

/**
 * The quality follow-up's key figures (docs/domain.md): from approved follow-ups
 * only, as means or as the share of centres that do something at all.
 */
const figureDefinitions = [
  { key: "gemensamt_oppet_timmar", label: "Gemensamt öppet, timmar i veckan", kind: "mean" },
  { key: "sommar_reducering_veckor", label: "Reducerat sommaröppet, veckor", kind: "mean" },
  { key: "husmote_timmar_manad", label: "Husmöten, timmar i månaden", kind: "mean" },
  { key: "planeringsdagar_ar", label: "Planeringsdagar per år", kind: "mean" },
  { key: "samordnare_tjanst_procent", label: "Samordnarens tjänst, procent av heltid", kind: "mean" },
  { key: "grupper_fore_fodsel", label: "Andel med föräldragrupper under graviditeten", kind: "share" },
  { key: "grupper_efter_fodsel", label: "Andel med föräldragrupper efter födelsen", kind: "share" },
] as const;

export interface FollowUpSummary extends ScopeSummary {
  /** Active centres in the scope, and how many of them have an approved follow-up. */
  centres: number;
  approved: number;
  figures: { key: string; value: number | null; n: number }[];
  /** Per rule of the region's guideline; null across regions, whose rules differ. */
  compliance: { rule: string; met: number; notMet: number; notAnswered: number; share: number | null }[] | null;
  activity: Activity;
}

function summarise(
  scope: ScopeSummary,
  rows: CentreFollowUp[],
  guideline: Guideline | undefined,
  year: number,
  activity: (place: string) => Activity,
): FollowUpSummary {
  const approved = rows.filter((r) => r.status === "approved" && r.answers) as (CentreFollowUp & {
    answers: Answers;
  })[];
  const figures = figureDefinitions.map(({ key, kind }) => {
    const values = approved.map((r) => r.answers[key]).filter((v): v is number => typeof v === "number");
    const value =
      values.length === 0
        ? null
        : kind === "mean"
          ? values.reduce((a, b) => a + b, 0) / values.length
          : values.filter((v) => v >= 1).length / values.length;
    return { key, value, n: values.length };
  });
  const compliance =
    guideline?.rules.map((rule) => {
      const outcomes = approved.map((r) => evaluateRule(rule, r.answers, year));
      const count = (o: RuleOutcome) => outcomes.filter((x) => x === o).length;
      const met = count("met");
      const notMet = count("not_met");
      return {
        rule: rule.id,
        met,
        notMet,
        notAnswered: count("not_answered"),
        share: met + notMet > 0 ? met / (met + notMet) : null,
      };
    }) ?? null;
  return {
    ...scope,
    centres: rows.length,
    approved: approved.length,
    figures,
    compliance,
    activity: activity(scope.id),
  };
}

export function createFollowUpFiguresService(
  repository: FollowUpFiguresRepository,
  places: ResultsRepository,
  threshold: number,
) {
  const { visiblePlace, chainOf } = createPlaceAccess(places);
  const within = (place: Place | "all", row: CentreFollowUp) =>
    place === "all" ||
    (place.level === "region"
      ? row.regionCode === place.code
      : place.level === "municipality"
        ? row.municipalityCode === place.code
        : row.id === place.code);

  return {
    /**
     * The scope and the areas above it, summarised; the guideline's compliance
     * per centre for the centres in the caller's own area; per municipality for a region.
     */
    async figures(actor: Actor, year: number, scope: string) {
      const { place, access } = await visiblePlace(actor, scope, "compare");
      const chain = await chainOf(place, access);
      const regionCode = place === "all" ? undefined : place.regionCode;
      // All regions are always in the comparison, so one national read serves every scope of the chain.
      const allRows = await repository.centresWithFollowUps(year);
      const rows = regionCode ? allRows.filter((r) => r.regionCode === regionCode) : allRows;
      const chosen = regionCode ? await repository.guidelineOf(regionCode) : undefined;
      const guideline = chosen ? await guidelineInForce(repository.guidelineSets, chosen, year) : undefined;
      const activity = activityTree(
        allRows.flatMap((r) =>
          r.status === "approved" && r.answers
            ? [{ centreId: r.id, municipalityCode: r.municipalityCode, regionCode: r.regionCode, answers: r.answers }]
            : [],
        ),
        threshold,
      );
      const scopes = chain.map((p) =>
        summarise(
          summaryOf(p),
          (p === "all" ? allRows : rows).filter((r) => within(p, r)),
          p === "all" ? undefined : guideline,
          year,
          activity,
        ),
      );
      const own = access.owns(place);
      const ownRows = own ? rows.filter((r) => within(place, r)) : [];
      const municipalities =
        own && place !== "all" && place.level === "region"
          ? [...new Map(ownRows.map((r) => [r.municipalityCode, r.municipalityName])).entries()].map(([code, name]) =>
              summarise(
                { id: placeId("municipality", code), level: "municipality", name },
                ownRows.filter((r) => r.municipalityCode === code),
                guideline,
                year,
                activity,
              ),
            )
          : [];
      return {
        year,
        definitions: figureDefinitions.map(({ key, label, kind }) => ({ key, label, kind })),
        activityDefinitions,
        guideline: guideline
          ? {
              source: guideline.source,
              rules: guideline.rules.map(({ id, text, strength, source }) => ({ id, text, strength, source })),
              references: guideline.references ?? [],
            }
          : null,
        scopes,
        municipalities,
        centres: (place === "all" ? [] : ownRows).map((r) => ({
          id: r.id,
          name: r.name,
          municipality: { code: r.municipalityCode, name: r.municipalityName },
          status: r.status,
          values: Object.fromEntries(
            figureDefinitions.map(({ key }) => {
              const value = r.status === "approved" ? r.answers?.[key] : undefined;
              return [key, typeof value === "number" ? value : null];
            }),
          ),
          outcomes: Object.fromEntries(
            (guideline?.rules ?? []).map((rule) => [
              rule.id,
              r.status === "approved" && r.answers ? evaluateRule(rule, r.answers as Answers, year) : "not_answered",
            ]),
          ),
          activity: activity(placeId("centre", r.id)),
        })),
      };
    },
  };
}
