import { sql } from "drizzle-orm";
import { type Database, selectRows } from "./client.ts";

/**
 * Runs `work` in one transaction that holds the named advisory lock, so the
 * same work never runs twice at once across server processes. With a run key,
 * the run is also claimed in `job_runs` inside that transaction: another
 * process that comes later finds it done and skips it (undefined), and a crash
 * mid-run rolls the claim back, so the next try makes the run.
 */
export function runExclusively<T extends Record<string, unknown>>(
  db: Database,
  job: string,
  runKey: string | undefined,
  work: (tx: Database) => Promise<T>,
): Promise<T | undefined> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`fcs:${job}`}))`);
    if (runKey !== undefined) {
      const claimed = await selectRows<{ job: string }>(
        tx,
        sql`insert into job_runs (job, run_key) values (${job}, ${runKey}) on conflict do nothing returning job`,
      );
      if (claimed.length === 0) return undefined;
    }
    const summary = await work(tx);
    if (runKey !== undefined)
      await tx.execute(
        sql`update job_runs set summary = ${JSON.stringify(summary)}::jsonb, finished_at = now()
            where job = ${job} and run_key = ${runKey}`,
      );
    return summary;
  });
}
