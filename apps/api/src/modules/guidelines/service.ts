import type { AccessScope, GuidelineSetRow } from "@fcs/db";
import { type Guideline, type GuidelineRule, guidelineOf, ruleQuestions, ruleSetProblems, rulesIn } from "@fcs/surveys";
import type { Clock } from "../../clock.ts";
import { AppError } from "../../errors.ts";
import type { RegionRepository } from "../regions/repository.ts";
import type { GuidelineRepository } from "./repository.ts";

const conflict = () =>
  new AppError(409, "version_conflict", "Någon annan har ändrat riktlinjerna sedan du öppnade dem. Ladda om sidan.");
const begun = (year: number) =>
  new AppError(
    409,
    "year_begun",
    `Riktlinjerna för ${year} kan inte ändras: året har börjat och dess resultat bygger på dem.`,
  );
const published = (year: number) =>
  new AppError(409, "guideline_published", `Riktlinjerna för ${year} är publicerade och kan inte ändras.`);

/** A saved set as the rules the results engine reads. */
const rulesOf = (row: GuidelineSetRow) => row.rules as GuidelineRule[];

/**
 * A region's guideline in force in an activity year: its latest published set of that year or
 * before, or else the rules written in the code that hold that year; undefined for none.
 */
export async function guidelineInForce(
  repository: Pick<GuidelineRepository, "inForce">,
  regionCode: string,
  year: number,
): Promise<Guideline | undefined> {
  const row = await repository.inForce(regionCode, year);
  if (row) {
    // The values to compare with stay those the region's document gives.
    const saved = {
      regionCode,
      source: row.source,
      rules: rulesOf(row),
      references: guidelineOf(regionCode)?.references,
    };
    return { ...saved, rules: rulesIn(saved, year) };
  }
  const written = guidelineOf(regionCode);
  return written && { ...written, rules: rulesIn(written, year) };
}

/**
 * The region's guideline rules for a coming year, kept by its county coordinator. A set starts
 * from the rules in force (the latest published set, or the rules written in the code), is
 * checked against the year's follow-up on every save, and once published is the region's
 * guideline from that year on. A year that has begun is never changed.
 */
export function createGuidelineService(repository: GuidelineRepository, regions: RegionRepository, clock: Clock) {
  const ensureOpen = (year: number) => {
    if (year < clock().getFullYear()) throw begun(year);
  };

  async function view(regionCode: string, year: number) {
    const [row, sets] = await Promise.all([repository.find(regionCode, year), repository.list(regionCode)]);
    const start = row
      ? { source: row.source, rules: rulesOf(row) }
      : ((await guidelineInForce(repository, regionCode, year)) ?? { source: "", rules: [] });
    return {
      region: regionCode,
      year,
      status: row?.status ?? ("none" as const),
      ...start,
      version: row?.version ?? 0,
      editable: year >= clock().getFullYear() && row?.status !== "published",
      questions: ruleQuestions(year),
      sets,
    };
  }

  return {
    async get(scope: AccessScope, regionCode: string, year: number) {
      await regions.ensureInScope(scope, regionCode);
      return view(regionCode, year);
    },

    async save(
      scope: AccessScope,
      actorId: string,
      regionCode: string,
      year: number,
      body: { source: string; rules: GuidelineRule[]; version: number },
    ) {
      await regions.ensureInScope(scope, regionCode);
      ensureOpen(year);
      const problems = ruleSetProblems(body.rules, year);
      if (body.source.trim() === "")
        problems.unshift({ field: "body.source", message: "ange vilket dokument reglerna kommer från" });
      if (problems.length > 0) throw new AppError(400, "invalid_rules", "Riktlinjerna innehåller fel.", problems);
      const existing = await repository.find(regionCode, year);
      if (existing?.status === "published") throw published(year);
      const saved = await repository.save(regionCode, year, { ...body, source: body.source.trim() }, actorId);
      if (!saved) throw conflict();
      return view(regionCode, year);
    },

    async publish(scope: AccessScope, actorId: string, regionCode: string, year: number, version: number) {
      await regions.ensureInScope(scope, regionCode);
      ensureOpen(year);
      const existing = await repository.find(regionCode, year);
      if (existing?.status === "published") throw published(year);
      if (!(await repository.publish(regionCode, year, version, actorId))) throw conflict();
      return view(regionCode, year);
    },
  };
}

export type GuidelineService = ReturnType<typeof createGuidelineService>;
