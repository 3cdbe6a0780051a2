import { createHash, randomUUID } from "node:crypto";
import { type AnonymousSurveyKind, type Answers, anonymousSurveyKinds, instrumentUsedIn } from "@fcs/surveys";
import { insertAsJson } from "../bulk.ts";
import type { Database } from "../client.ts";
import { addCounts, CountsTally } from "../counts-rollup.ts";
import { findSurveyDefinitionId } from "../definitions.ts";
import { applyPublication } from "../published-counts.ts";
import { pendingCounts, type ResponseChannel, responses } from "../schema/surveys.ts";
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

/** A response to store as the API would store it, without its request hash and id (made here). */
export interface ResponseToStore {
  centreId: string;
  kind: AnonymousSurveyKind;
  year: number;
  answers: Answers;
  locale?: string;
  channel?: ResponseChannel;
  submittedOn?: string;
  tokenId?: string;
}

export interface StoreOptions {
  batchSize?: number;
  /**
   * "add": the counts rollup and the published counts are added to at once (an
   * upsert, so it can be called again for the same centres): data shown as
   * already published. "pending": the responses wait for the rollup's next fold
   * and for a publication, as submitted responses do.
   */
  counts?: "add" | "pending";
}

/**
 * Stores validated responses directly, for demo, benchmark and test data.
 * Submissions from people go through the API.
 */
export async function storeResponses(
  db: Database,
  items: readonly ResponseToStore[],
  { batchSize = 1000, counts = "add" }: StoreOptions = {},
) {
  const definitionIds = new Map<string, string>();
  const definitionOf = async (kind: AnonymousSurveyKind, year: number) => {
    const key = `${kind}:${year}`;
    const known = definitionIds.get(key);
    if (known) return known;
    const instrument = instrumentUsedIn(kind, year);
    const id = await findSurveyDefinitionId(db, kind, instrument.year, instrument.version);
    if (!id) throw new Error(`${kind} ${instrument.year} is not in the database`);
    definitionIds.set(key, id);
    return id;
  };

  const tally = new CountsTally();
  for (let start = 0; start < items.length; start += batchSize) {
    const rows: (typeof responses.$inferInsert)[] = [];
    for (const item of items.slice(start, start + batchSize)) {
      const id = randomUUID();
      const locale = item.locale ?? "sv";
      const channel = item.channel ?? (item.kind === "spindel" ? "link" : "kiosk");
      rows.push({
        id,
        definitionId: await definitionOf(item.kind, item.year),
        kind: item.kind,
        centreId: item.centreId,
        year: item.year,
        locale,
        channel,
        submittedOn: item.submittedOn ?? `${item.year}-10-01`,
        answers: item.answers,
        requestHash: createHash("sha256")
          .update(`${id}${JSON.stringify(item.answers)}`)
          .digest("hex"),
        tokenId: item.tokenId ?? null,
        published: counts === "add",
      });
      if (counts === "add") tally.add({ ...item, locale, channel });
    }
    await insertAsJson(db, responses, rows);
    if (counts === "pending")
      await insertAsJson(
        db,
        pendingCounts,
        rows.map(({ id }) => ({ responseId: id })),
      );
  }

  const countRows = tally.rows();
  await addCounts(db, countRows);
  await applyPublication(db, tally);
  return { responses: items.length, countRows: countRows.length };
}

/** Generated answers for demo and benchmark data, from plausible distributions per centre and year. */
export function* generateResponses(
  plans: readonly ResponsePlan[],
  options: ResponseSeedOptions,
): Generator<ResponseToStore> {
  const random = seededRandom(options.seed ?? 20261124);
  for (const plan of plans)
    for (const year of options.years)
      for (const kind of anonymousSurveyKinds) {
        const instrument = instrumentUsedIn(kind, year);
        const profile: AnswerProfile = { level: plan.level, yearsIn: year - (options.years[0] ?? year) };
        const share = year === options.currentYear ? 0.75 : 1;
        const n = Math.round(plan.sizes[kind] * share * (0.85 + 0.3 * random()));
        for (let i = 0; i < n; i++) {
          const month = String(9 + Math.floor(random() * 3)).padStart(2, "0");
          const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
          yield {
            centreId: plan.centreId,
            kind,
            year,
            answers: demoAnswers(instrument, profile, random),
            locale: kind === "spindel" ? "sv" : pick(random, visitorLocales),
            channel: demoChannel(kind, i, random()),
            submittedOn: `${year}-${month}-${day}`,
          };
        }
      }
}

/** Most visitors answer on the tablet, some by link and some on paper; staff by link, a few on paper. */
function demoChannel(kind: AnonymousSurveyKind, index: number, draw: number): ResponseChannel {
  if (kind === "spindel") return index % 9 === 8 ? "paper" : "link";
  return draw < 0.72 ? "kiosk" : draw < 0.9 ? "link" : "paper";
}

/** Demo responses: generated, then stored with their counts. */
export async function seedResponses(db: Database, plans: readonly ResponsePlan[], options: ResponseSeedOptions) {
  return storeResponses(db, [...generateResponses(plans, options)], { batchSize: options.batchSize });
}
