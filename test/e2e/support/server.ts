import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inject } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject()));
    });
  });
}

/**
 * The real product as `npm start` runs it: the built web app and the API in one
 * process, on a free port, with demo data in a fresh PGlite of its own.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<RunningServer> {
  execFileSync(process.execPath, [join(root, "scripts/build-web-if-needed.mjs")], { stdio: "inherit" });
  // A copy of the run's seeded demo database, where the e2e setup made one (not for the setup itself).
  const template = options.dataDir ? undefined : inject("demoDataTemplate");
  return startProcess(
    ["--import", "tsx", join(root, "apps/api/src/server.ts")],
    { NODE_ENV: "test", ...env },
    {
      ...options,
      template,
    },
  );
}

/** The API as the production image runs it: compiled to JavaScript, started by plain `node`. */
export async function startCompiledServer(
  env: Record<string, string>,
  options: { dataDir?: string } = {},
): Promise<RunningServer> {
  buildCompiledApi();
  return startProcess([join(root, "apps/api/dist/server.js")], env, options);
}

/** `npm run build:api`: apps/api/dist/server.js and apps/api/dist/admin.js. */
export function buildCompiledApi(): void {
  execFileSync(process.execPath, [join(root, "scripts/build-api.mjs")], { stdio: "inherit" });
}

/** A given data folder is the caller's and is kept; otherwise a fresh one, filled from `template` if given. */
async function startProcess(
  args: string[],
  env: Record<string, string>,
  options: { dataDir?: string; template?: string } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "fcs-e2e-"));
  if (options.template) cpSync(options.template, dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return {
    baseUrl,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error("the server did not become healthy within 120 s");
}
