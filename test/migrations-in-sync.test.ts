import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

describe("migrations", () => {
  it("match the drizzle schema: generating from the schema adds no new migration", () => {
    const copy = mkdtempSync(join(tmpdir(), "fcs-migrations-"));
    cpSync(join(root, "migrations"), copy, { recursive: true });
    const config = join(copy, "drizzle.config.json");
    writeFileSync(
      config,
      // drizzle-kit mangles an absolute `out` (and still exits 0), so it runs inside the copy.
      JSON.stringify({ dialect: "postgresql", schema: join(root, "packages/db/src/schema/index.ts"), out: "." }),
    );
    const before = readdirSync(copy).sort();
    const result = spawnSync(join(root, "node_modules/.bin/drizzle-kit"), ["generate", "--config", config], {
      cwd: copy,
      encoding: "utf8",
      timeout: 60_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).not.toMatch(/Error/);
    const added = readdirSync(copy)
      .sort()
      .filter((f) => !before.includes(f));
    expect(added, "the schema changed without a migration: run `npm run db:generate` and commit migrations/").toEqual(
      [],
    );
  });
});
