import { createHash, randomUUID } from "node:crypto";
import { type AnonymousSurveyKind, anonymousSurveyKinds, countCells, instrumentUsedIn } from "@fcs/surveys";
import { insertAsJson } from "../bulk.ts";
import type { Database } from "../client.ts";
import { findSurveyDefinitionId } from "../definitions.ts";
import { answerCounts, responses } from "../schema/surveys.ts";
import { type AnswerProfile, demoAnswers, seededRandom } from "./demo-answers.ts";

/** A centre to fill with answers, and how large and how good it is. */
export interface ResponsePlan {
  centreId: string;
  /** Typical answers per year: adults, children, staff. */
  sizes: Record<AnonymousSurveyKind, number>;
  level: number;
}

export interface ResponseSeedOptions {
  years: readonly number[];
  /** The year whose collection is still running: it gets about three quarters of a year's answers. */
  currentYear?: number;
  seed?: number;
  batchSize?: number;
}

const visitorLocales = {
  sv: 0.72,
  ar: 0.08,
  en: 0.05,
  so: 0.04,
  fa: 0.03,
  ti: 0.02,
  uk: 0.03,
  pl: 0.01,
  tr: 0.01,
  bs: 0.01,
};

function pick<T extends string>(random: () => number, weights: Record<T, number>): T {
  let r = random();
  for (const [value, weight] of Object.entries(weights) as [T, number][]) {
    r -= weight;
    if (r <= 0) return value;
  }
  return Object.keys(weights)[0] as T;
}

/**
 * Generated responses for demo and benchmark data: each stored as the API
 * would store it (validated answers, day of submission, no device), with the
 * counts rollup written to match, so dashboards and the raw rows agree.
 */
export async function seedResponses(db: Database, plans: readonly ResponsePlan[], options: ResponseSeedOptions) {
  const random = seededRandom(options.seed ?? 20261124);
  const batchSize = options.batchSize ?? 1000;
  const definitionIds = new Map<string, string>();
  for (const kind of anonymousSurveyKinds)
    for (const year of options.years) {
      const instrument = instrumentUsedIn(kind, year);
      const id = await findSurveyDefinitionId(db, kind, instrument.year, instrument.version);
      if (!id) throw new Error(`${kind} ${instrument.year} is not in the database`);
      definitionIds.set(`${kind}:${year}`, id);
    }

  const counts = new Map<string, number>();
  let batch: (typeof responses.$inferInsert)[] = [];
  let stored = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await insertAsJson(db, responses, batch);
    stored += batch.length;
    batch = [];
  };

  for (const plan of plans)
    for (const year of options.years)
      for (const kind of anonymousSurveyKinds) {
        const instrument = instrumentUsedIn(kind, year);
        const profile: AnswerProfile = { level: plan.level, yearsIn: year - (options.years[0] ?? year) };
        const share = year === options.currentYear ? 0.75 : 1;
        const n = Math.round(plan.sizes[kind] * share * (0.85 + 0.3 * random()));
        for (let i = 0; i < n; i++) {
          const answers = demoAnswers(instrument, profile, random);
          const id = randomUUID();
          batch.push({
            id,
            definitionId: definitionIds.get(`${kind}:${year}`) as string,
            kind,
            centreId: plan.centreId,
            year,
            locale: kind === "spindel" ? "sv" : pick(random, visitorLocales),
            channel: kind === "spindel" ? "link" : random() < 0.8 ? "kiosk" : "link",
            submittedOn: `${year}-${String(9 + Math.floor(random() * 3)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
            answers,
            requestHash: createHash("sha256")
              .update(`${id}${JSON.stringify(answers)}`)
              .digest("hex"),
          });
          for (const cell of countCells(instrument, answers)) {
            const key = [plan.centreId, kind, year, cell.questionKey, cell.breakdown, cell.value].join("\u0000");
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          if (batch.length >= batchSize) await flush();
        }
      }
  await flush();

  const rows = [...counts].map(([key, n]) => {
    const [centreId, kind, year, questionKey, breakdown, value] = key.split("\u0000") as string[];
    return {
      centreId: centreId as string,
      kind: kind as AnonymousSurveyKind,
      year: Number(year),
      questionKey: questionKey as string,
      breakdown: breakdown as string,
      value: value as string,
      n,
    };
  });
  for (let i = 0; i < rows.length; i += batchSize * 5)
    await insertAsJson(db, answerCounts, rows.slice(i, i + batchSize * 5));
  return { responses: stored, countRows: rows.length };
}
