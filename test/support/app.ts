import type { DatabaseHandle, DatabaseKind } from "@fcs/db";
import { createTestDatabase } from "@fcs/db/testing";
import type { FastifyInstance } from "fastify";
import { type BuildOptions, buildApp } from "../../apps/api/src/app.ts";
import type { AppConfig } from "../../apps/api/src/config.ts";
import { testConfig } from "./config.ts";

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The real app on a fresh, isolated, migrated database of the given kind. */
export async function createTestApp(
  kind: DatabaseKind,
  overrides: Partial<AppConfig> = {},
  options: Omit<BuildOptions, "database" | "logger"> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const app = await buildApp(testConfig(overrides), { ...options, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Signs in through the API, as a client would, and returns the bearer header. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<{ authorization: string }> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  return { authorization: `Bearer ${response.json<{ token: string }>().token}` };
}
