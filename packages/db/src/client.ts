import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever driver runs underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Applies every committed migration in `migrations/` that has not run yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string; maxConnections?: number }
  /** dataDir absent: in memory (tests). */
  | { kind: "pglite"; dataDir?: string };

export const migrationsFolder = fileURLToPath(new URL("../../../migrations", import.meta.url));

export function createDatabase(target: DatabaseTarget): DatabaseHandle {
  return target.kind === "postgres"
    ? openPostgres(target.url, target.maxConnections ?? 10)
    : openPglite(target.dataDir);
}

/** Runs a statement as a named prepared statement on the driver underneath; see `selectPreparedRows`. */
type PreparedRunner = (text: string, params: unknown[]) => Promise<unknown[]>;
const preparedRunners = new WeakMap<object, PreparedRunner>();

function openPostgres(url: string, max: number): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema });
  preparedRunners.set(db, (text, params) => client.unsafe(text, params as never[], { prepare: true }));
  return {
    db: db as unknown as Database,
    kind: "postgres",
    migrate: () => migratePostgres(db, { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

function openPglite(dataDir: string | undefined): DatabaseHandle {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(join(dataDir)) : new PGlite();
  const db = drizzlePglite(client, { schema });
  preparedRunners.set(db, async (text, params) => (await client.query(text, params)).rows);
  return {
    db: db as unknown as Database,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * Runs a raw SQL query and returns its rows. postgres.js answers with an array,
 * PGlite with `{ rows }`; repositories that need hand-written SQL (aggregations)
 * go through here so that they never see the difference.
 */
export async function selectRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * Like `selectRows`, for a hot statement run with the same shape again and again:
 * the server parses and plans it once per connection instead of on every call
 * (drizzle prepares only statements built with its query builder and a name).
 */
export async function selectPreparedRows<T>(db: Database, query: SQL): Promise<T[]> {
  const runner = preparedRunners.get(db);
  if (!runner) return selectRows<T>(db, query);
  const { sql: text, params } = (
    db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }
  ).dialect.sqlToQuery(query);
  return (await runner(text, params)) as T[];
}

/** A timestamp from a raw query as ISO text: postgres.js gives a Date, PGlite's raw results text. */
export const isoTimestamp = (value: string | Date): string => new Date(value).toISOString();
