import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServerTestDatabase, testDatabaseKinds } from "@fcs/db/testing";
import { describe, expect, it } from "vitest";
import { buildCompiledApi, startCompiledServer } from "./e2e/support/server.ts";

const root = resolve(import.meta.dirname, "..");

describe.each(testDatabaseKinds())("the compiled production server on %s", (kind) => {
  // Builds, spawns the admin command and the server: 11 s on a slow shared machine, so a limit well clear of it.
  it("starts with plain node in production mode, signs in the administrator made by the admin command, and answers in the error shape", {
    timeout: 120_000,
  }, async () => {
    const database = kind === "postgres" ? await createServerTestDatabase() : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), "fcs-prod-"));
    const env = {
      NODE_ENV: "production",
      JWT_SECRET: randomBytes(32).toString("base64url"),
      DATA_DIR: dataDir,
      PATH: process.env.PATH ?? "",
      ...(database ? { DATABASE_URL: database.url } : {}),
    };
    // The first administrator of a new installation, before the server runs (PGlite is one process's at a time).
    buildCompiledApi();
    const created = spawnSync(
      process.execPath,
      [
        join(root, "apps/api/dist/admin.js"),
        "create-admin",
        "--email",
        "forsta@region.example",
        "--name",
        "Första Admin",
      ],
      { env, encoding: "utf8", timeout: 60_000 },
    );
    expect(created.status, created.stderr).toBe(0);
    const token = created.stdout.split("#")[1]?.trim() ?? "";
    const server = await startCompiledServer(env, { dataDir });
    try {
      const accepted = await fetch(`${server.baseUrl}/api/invites/accept`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token, password: "ett långt och bra lösenord" }),
      });
      expect(accepted.status).toBe(200);
      const signedIn = await fetch(`${server.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "forsta@region.example", password: "ett långt och bra lösenord" }),
      });
      expect(signedIn.status).toBe(200);
      expect((await signedIn.json()).user).toMatchObject({ role: "admin" });
      // In production the browser's session cookie is sent over HTTPS only.
      expect(signedIn.headers.getSetCookie()).toEqual([
        expect.stringMatching(/^fcs_session=[^;]+; Path=\/api; HttpOnly; Max-Age=\d+; SameSite=Strict; Secure$/),
        expect.stringMatching(/^fcs_signed_in=1; Path=\/; Max-Age=\d+; SameSite=Strict; Secure$/),
      ]);
      const health = await fetch(`${server.baseUrl}/api/health`).then((r) => r.json());
      expect(health).toEqual({ status: "ok", database: { kind, reachable: true } });
      const login = await fetch(`${server.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "ingen@example.se", password: "inte-rätt-lösenord" }),
      });
      expect(login.status).toBe(401);
      expect(await login.json()).toMatchObject({ error: "invalid_credentials", details: [] });
      // No API documentation in production unless asked for, and no demo data.
      expect((await fetch(`${server.baseUrl}/api/openapi.json`)).status).toBe(404);
      const badUrl = await fetch(`${server.baseUrl}/%c0%ae`);
      expect(await badUrl.json()).toEqual({ error: "bad_url", message: "Adressen är ogiltig.", details: [] });
    } finally {
      await server.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
