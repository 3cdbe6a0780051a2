import { type AnonymousSurveyKind, type Answers, countCells, instrumentUsedIn } from "@fcs/surveys";
import { sql } from "drizzle-orm";
import { insertAsJson } from "./bulk.ts";
import { type Database, selectRows } from "./client.ts";
import type { publishedCounts } from "./schema/publication.ts";
import { answerCounts } from "./schema/surveys.ts";

/** What the rollup needs of a stored response. */
export interface CountedResponse {
  centreId: string;
  kind: AnonymousSurveyKind;
  year: number;
  answers: Answers;
  /** How it came, for the channel and language splits. */
  channel: string;
  locale: string;
}

type CountRow = typeof answerCounts.$inferInsert;

/** Rollup rows added per statement; keeps one statement's JSON parameter to a few megabytes. */
const rowsPerStatement = 5_000;

/** Pending responses folded per transaction. */
export const foldBatchSize = 2_000;

/** Adds up the rollup cells of many responses in memory, so each cell is written once per batch. */
export class CountsTally {
  private readonly counts = new Map<string, number>();

  /** Counts a response in; `sign` -1 takes one out again (a publication that leaves out excluded answers). */
  add(response: CountedResponse, sign: 1 | -1 = 1): void {
    const instrument = instrumentUsedIn(response.kind, response.year);
    for (const cell of countCells(instrument, response.answers, response))
      this.addCell({ ...cell, centreId: response.centreId, kind: response.kind, year: response.year, n: 1 }, sign);
  }

  /** Counts one cell in directly: totals imported without their answers (modules/imports). */
  addCell(cell: CountRow, sign: 1 | -1 = 1): void {
    const key = [cell.centreId, cell.kind, cell.year, cell.questionKey, cell.breakdown ?? "", cell.value].join(
      "\u0000",
    );
    this.counts.set(key, (this.counts.get(key) ?? 0) + sign * cell.n);
  }

  /** Each centre, survey and year the tally touches, also where its additions and removals cancel out. */
  groups(): { centreId: string; kind: AnonymousSurveyKind; year: number }[] {
    const seen = new Map<string, { centreId: string; kind: AnonymousSurveyKind; year: number }>();
    for (const key of this.counts.keys()) {
      const [centreId, kind, year] = key.split("\u0000") as [string, AnonymousSurveyKind, string];
      seen.set(`${centreId}|${kind}|${year}`, { centreId, kind, year: Number(year) });
    }
    return [...seen.values()];
  }

  /** The rows in key order: concurrent writers then lock rollup rows in one order and cannot deadlock. */
  rows(): CountRow[] {
    const changed = [...this.counts.keys()].filter((key) => this.counts.get(key) !== 0);
    return changed.sort().map((key) => {
      const [centreId, kind, year, questionKey, breakdown, value] = key.split("\u0000") as [
        string,
        AnonymousSurveyKind,
        string,
        string,
        string,
        string,
      ];
      return { centreId, kind, year: Number(year), questionKey, breakdown, value, n: this.counts.get(key) ?? 0 };
    });
  }
}

/**
 * Adds counts to the live rollup, or to the published counts: a row that exists
 * is added to, a new one inserted.
 */
export async function addCounts(
  db: Database,
  rows: CountRow[],
  table: typeof answerCounts | typeof publishedCounts = answerCounts,
): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement)
    await insertAsJson(db, table, rows.slice(i, i + rowsPerStatement), {
      onConflictAdd: { target: ["centre_id", "kind", "year", "question_key", "breakdown", "value"], column: "n" },
    });
}

/**
 * Folds up to `limit` pending responses into the rollup in one transaction: their
 * pending rows are deleted and their counts added together, so a response is
 * counted exactly once even with several folds (in this or another process) at
 * the same time. A fold waits for rows another fold holds, so when it returns,
 * every response that was pending when it began has been counted.
 */
export async function foldPendingCounts(db: Database, limit = foldBatchSize): Promise<number> {
  return db.transaction(async (tx) => {
    const taken = await selectRows<CountedResponse>(
      tx,
      sql`with taken as (
            delete from answer_counts_pending where response_id in (
              select response_id from answer_counts_pending order by response_id limit ${limit} for update)
            returning response_id)
          select r.centre_id::text as "centreId", r.kind, r.year, r.answers, r.channel, r.locale
          from responses r join taken on taken.response_id = r.id`,
    );
    const tally = new CountsTally();
    for (const response of taken) tally.add(response);
    await addCounts(tx, tally.rows());
    return taken.length;
  });
}

export interface CountsRollup {
  /** Resolves once every response stored before the call is in the rollup; read counts after it. */
  catchUp(): Promise<void>;
  /** A response was stored: fold soon, together with whatever else arrives meanwhile. */
  schedule(): void;
  /** Stops the timer and waits for a running fold. */
  close(): Promise<void>;
}

/**
 * Keeps the counts rollup up to date off the submission path: a submission only
 * marks its response pending (in its own statement, so nothing is lost), and
 * pending responses are folded in batches a moment later, or at once when
 * someone reads counts. One fold runs at a time per process; callers that
 * arrive while one waits to start share it.
 */
export function createCountsRollup(
  db: Database,
  options: { delayMs?: number; onError?: (error: unknown) => void } = {},
): CountsRollup {
  const delayMs = options.delayMs ?? 500;
  let running: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const foldAll = async () => {
    // Most reads find nothing pending: one short query instead of a transaction. A pending row another fold
    // is deleting still shows until that fold commits, so this never skips a fold that is needed.
    const [pending] = await selectRows<{ any: boolean }>(
      db,
      sql`select exists (select 1 from answer_counts_pending) as "any"`,
    );
    if (!pending?.any) return;
    while ((await foldPendingCounts(db)) === foldBatchSize) {}
  };

  function catchUp(): Promise<void> {
    if (waiting) return waiting;
    const next = running
      .catch(() => {})
      .then(() => {
        // From here on, responses stored later need a fold of their own.
        waiting = undefined;
        return foldAll();
      });
    waiting = next;
    running = next;
    return next;
  }

  return {
    catchUp,
    schedule() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        catchUp().catch((error) => options.onError?.(error));
      }, delayMs);
      timer.unref();
    },
    async close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running.catch(() => {});
    },
  };
}
