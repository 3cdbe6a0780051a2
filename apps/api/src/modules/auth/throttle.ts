import { type Database, selectRows, sql } from "@fcs/db";

/** Wrong passwords an account may have before it waits; a shared office address gets more. */
const freeFailures = { account: 5, address: 20 } as const;
const firstWaitMs = 30_000;
const longestWaitMs = 15 * 60_000;
/** Failures this long ago are forgotten. */
const memoryMs = 60 * 60_000;

/** The wait after this many failures in a row: none at first, then 30 s doubling up to 15 minutes. */
export function waitAfter(failures: number, free: number): number {
  return failures <= free ? 0 : Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - free - 1));
}

/**
 * Sign-in failures per account and per client address, with a growing wait,
 * in the database: the same for every server process and after a restart.
 */
export function createSignInThrottle(db: Database) {
  const keys = (email: string, address: string) => [
    { key: `account:${email}`, free: freeFailures.account },
    { key: `address:${address}`, free: freeFailures.address },
  ];

  return {
    /** Milliseconds until the next try may be made (0: now). */
    async waitMs(email: string, address: string, now: Date): Promise<number> {
      const rows = await selectRows<{ lockedUntil: string | Date }>(
        db,
        sql`select locked_until as "lockedUntil" from sign_in_throttle
            where key in (${sql.join(
              keys(email, address).map((k) => sql`${k.key}`),
              sql`, `,
            )})`,
      );
      return Math.max(0, ...rows.map((r) => new Date(r.lockedUntil).getTime() - now.getTime()));
    },

    async recordFailure(email: string, address: string, now: Date): Promise<void> {
      for (const { key, free } of keys(email, address)) {
        const [row] = await selectRows<{ failures: number }>(
          db,
          sql`insert into sign_in_throttle (key, failures, last_failure_at, locked_until)
              values (${key}, 1, ${now.toISOString()}, ${now.toISOString()})
              on conflict (key) do update set
                failures = case when sign_in_throttle.last_failure_at < ${new Date(now.getTime() - memoryMs).toISOString()}::timestamptz
                  then 1 else sign_in_throttle.failures + 1 end,
                last_failure_at = excluded.last_failure_at
              returning failures`,
        );
        const wait = waitAfter(row?.failures ?? 1, free);
        if (wait > 0)
          await db.execute(
            sql`update sign_in_throttle set locked_until = ${new Date(now.getTime() + wait).toISOString()} where key = ${key}`,
          );
      }
    },

    /** A right password clears the account's failures (not the address's: others may be guessing from there). */
    async recordSuccess(email: string): Promise<void> {
      await db.execute(sql`delete from sign_in_throttle where key = ${`account:${email}`}`);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
