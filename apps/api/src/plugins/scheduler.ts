import type { FastifyBaseLogger } from "fastify";
import { type Clock, swedishDate, swedishTime } from "../clock.ts";

/** Work done once a day across every server process; `run` returns undefined where another process did it. */
export interface DailyJob {
  name: string;
  run(day: string): Promise<Record<string, unknown> | undefined>;
}

/** How often each process asks whether a day's work is due; the claim in the database keeps it to one run. */
const checkEveryMs = 60_000;

/**
 * Runs the daily jobs, in order, once the Swedish time of day has reached `at`.
 * Every process checks each minute, and a job claims its day in the database
 * in the transaction that does the work (`runExclusively`), so the work runs
 * once across instances however many check, and again after a crash.
 */
export function createScheduler(
  jobs: readonly DailyJob[],
  options: { at: string; clock: Clock; log: FastifyBaseLogger },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;
  /** The day each job is known to be done for, here or by another process: no transaction each minute after it. */
  const doneFor = new Map<string, string>();

  async function runDue(): Promise<string[]> {
    const now = options.clock();
    if (swedishTime(now) < options.at) return [];
    const day = swedishDate(now);
    const ran: string[] = [];
    for (const job of jobs) {
      if (doneFor.get(job.name) === day) continue;
      try {
        const summary = await job.run(day);
        doneFor.set(job.name, day);
        if (summary) {
          ran.push(job.name);
          options.log.info({ job: job.name, day, ...summary }, "scheduled job done");
        }
      } catch (error) {
        options.log.error({ err: error, job: job.name, day }, "scheduled job failed; the next check tries again");
      }
    }
    return ran;
  }

  const tick = () => {
    running ??= runDue().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    /** Runs what is due now (the minute check; tests call it with their clock). */
    runDue: tick,
    start() {
      timer = setInterval(() => void tick(), checkEveryMs);
      timer.unref();
      void tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
