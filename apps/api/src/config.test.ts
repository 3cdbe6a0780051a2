import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const tempDir = () => mkdtempSync(join(tmpdir(), "fcs-config-"));
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

const randomSecret = "4kV9rQ2mZx7LpT1wYc8HbN3sJd6FgE0a";

describe("configuration", () => {
  it("defaults to port 3000, embedded PGlite in DATA_DIR and demo data in development", () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      env: "development",
      port: 3000,
      database: { kind: "pglite", dataDir: join(dir, "pglite") },
      demoData: true,
    });
  });

  it("generates a development JWT secret once and keeps it in DATA_DIR", () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, "jwt-secret"), "utf8")).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it("uses postgres.js when DATABASE_URL is set", () => {
    const config = loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: "postgres://app:secret@db:5432/fcs" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://app:secret@db:5432/fcs" });
  });

  it.each([
    [{ PORT: "http" }, 'PORT: expected a whole number from 0 to 65535, got "http"'],
    [{ PORT: "70000" }, 'PORT: expected a whole number from 0 to 65535, got "70000"'],
    [
      { DATABASE_URL: "mysql://x@y/z" },
      'DATABASE_URL: expected a postgres:// or postgresql:// URL, got protocol "mysql:"',
    ],
    [
      { DATABASE_URL: "not a url" },
      "DATABASE_URL: not a valid URL (expected postgres://user:password@host:5432/database)",
    ],
    [{ NODE_ENV: "prod" }, 'NODE_ENV: expected development, production or test, got "prod"'],
    [{ NODE_ENV: "production" }, "JWT_SECRET: required when NODE_ENV=production"],
    [{ JWT_SECRET: "short" }, "JWT_SECRET: must be at least 32 characters long"],
    [{ DEMO_DATA: "maybe" }, 'DEMO_DATA: expected true or false, got "maybe"'],
    [{ RESULTS_MIN_GROUP: "2" }, 'RESULTS_MIN_GROUP: expected a whole number from 3 to 100, got "2"'],
    [
      { NODE_ENV: "production", JWT_SECRET: "x".repeat(40), DEMO_DATA: "true" },
      "DEMO_DATA: demo data is never created when NODE_ENV=production",
    ],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(problemsOf({ DATA_DIR: tempDir(), ...env })).toContain(message);
  });

  it("sends e-mail only with SMTP_URL, and then needs a sender and the public address for links", () => {
    const dir = tempDir();
    expect(loadConfig({ DATA_DIR: dir }).mail).toBeUndefined();
    expect(
      loadConfig({
        DATA_DIR: dir,
        SMTP_URL: "smtp://mail.region.example:587",
        MAIL_FROM: "Familjecentraler <noreply@region.example>",
        PUBLIC_URL: "https://fcs.region.example/",
      }).mail,
    ).toEqual({
      smtpUrl: "smtp://mail.region.example:587",
      from: "Familjecentraler <noreply@region.example>",
      publicUrl: "https://fcs.region.example",
    });
    const problems = problemsOf({ DATA_DIR: dir, SMTP_URL: "mail.region.example" });
    expect(problems.map((p) => p.split(":")[0])).toEqual(["SMTP_URL", "MAIL_FROM", "PUBLIC_URL"]);
  });

  it("reports every wrong value at once", () => {
    expect(problemsOf({ DATA_DIR: tempDir(), PORT: "x", DEMO_DATA: "x", JWT_SECRET: "x" })).toHaveLength(3);
  });

  it("turns demo data off in production", () => {
    const config = loadConfig({ DATA_DIR: tempDir(), NODE_ENV: "production", JWT_SECRET: randomSecret });
    expect(config.demoData).toBe(false);
  });

  it("stops the server process with a clear message and exit code 1", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "apps/api/src/server.ts"], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATA_DIR: tempDir(), PORT: "abc" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid configuration:");
    expect(result.stderr).toContain("JWT_SECRET: required when NODE_ENV=production");
    expect(result.stderr).toContain('PORT: expected a whole number from 0 to 65535, got "abc"');
  });
});
