import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A data folder with the migrated, seeded demo database, made once per run; each server starts from a copy. */
    demoDataTemplate: string;
  }
}

/**
 * Seeds the demo database once for the whole end-to-end run (the web app is
 * built here too, once): every spec's server then starts from its own copy of
 * it in a second instead of seeding five years of answers again.
 */
export default async function setup(project: TestProject) {
  const template = mkdtempSync(join(tmpdir(), "fcs-e2e-template-"));
  const server = await startServer({}, { dataDir: template });
  await server.stop();
  project.provide("demoDataTemplate", template);
  return () => rmSync(template, { recursive: true, force: true });
}
