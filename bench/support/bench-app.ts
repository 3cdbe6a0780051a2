import type { DatabaseHandle } from "@fcs/db";
import { insertUser } from "@fcs/db/seed";
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
