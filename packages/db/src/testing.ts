import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDatabase, type DatabaseHandle, type DatabaseKind } from "./client.ts";

/**
 * The database kinds a test file runs against: PGlite always, and the PostgreSQL
 * server named by TEST_DATABASE_URL when it is set (CI sets it).
 */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated, isolated database: an in-memory PGlite, or a new database
 * on the test server that is dropped again on close, so parallel runs never collide.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "pglite") {
    const handle = createDatabase({ kind: "pglite" });
    await handle.migrate();
    return handle;
  }
  const server = await createServerTestDatabase();
  const handle = createDatabase({ kind: "postgres", url: server.url, maxConnections: 5 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await server.drop();
    },
  };
}

/** A new, empty database on the test server (TEST_DATABASE_URL), for a process of its own to use; drop it after. */
export async function createServerTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `fcs_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
