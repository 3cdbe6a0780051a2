import { createDatabase, type DatabaseHandle } from "@fcs/db";
import { insertUser } from "@fcs/db/seed";
import { createServerTestDatabase } from "@fcs/db/testing";
import { buildApp } from "../../apps/api/src/app.ts";
import { loadConfig } from "../../apps/api/src/config.ts";
import { hashPassword } from "../../apps/api/src/modules/auth/password.ts";

/** The password of the benchmarks' administrator. */
export const benchPassword = "ett långt bänklösenord";

/** The real app on a benchmark's database, quiet, with an administrator of its own to sign in as. */
export async function startBenchApp(handle: DatabaseHandle, env: Record<string, string> = {}) {
  const app = await buildApp(loadConfig({ NODE_ENV: "test", DEMO_DATA: "false", LOG_LEVEL: "silent", ...env }), {
    database: handle,
    logger: false,
  });
  await app.ready();
  const email = `bench.${Date.now()}@bench.local`;
  const { id } = await insertUser(handle.db, {
    email,
    displayName: "Bench",
    role: "admin",
    passwordHash: await hashPassword(benchPassword),
    scopes: [],
  });
  return { app, email, userId: id };
}

/**
 * Runs a benchmark on PGlite, then on a PostgreSQL server of its own when TEST_DATABASE_URL names
 * one this may create a database on (dropped after), and says so where it does not.
 */
export async function onEachDatabase(benchmark: (label: string, handle: DatabaseHandle) => Promise<void>) {
  await benchmark("PGlite", createDatabase({ kind: "pglite" }));
  if (!process.env.TEST_DATABASE_URL) {
    console.log("\n(PostgreSQL: set TEST_DATABASE_URL to a server this may create a database on)");
    return;
  }
  const server = await createServerTestDatabase();
  const handle = createDatabase({ kind: "postgres", url: server.url, maxConnections: 5 });
  await benchmark("PostgreSQL", handle);
  await handle.close();
  await server.drop();
}
