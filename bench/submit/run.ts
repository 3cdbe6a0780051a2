/**
 * npm run bench: throughput and latency of POST /api/responses against a bare
 * route that INSERTs the same response row on the same database (see servers.ts), in the same run, on PGlite and (when it
 * answers) the local PostgreSQL server. Goal: at least 50 % of the bare throughput.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { Agent, request } from "node:http";
import { createInterface } from "node:readline";
import { exampleAnswers } from "@fcs/surveys";
import postgres from "postgres";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const warmupSeconds = 2;
const serverUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

interface Servers {
  app: string;
  bare: string;
  token: string;
  database: string;
}

interface Measurement {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function post(agent: Agent, url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", ...headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function load(url: string, headers: Record<string, string>, durationSeconds: number): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const body = JSON.stringify({
        id: randomUUID(),
        survey: "besok_vuxen",
        year: 2026,
        locale: "sv",
        answers: exampleAnswers.besok_vuxen,
      });
      const started = performance.now();
      const status = await post(agent, url, body, headers);
      latencies.push(performance.now() - started);
      if (status !== 201) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

async function startServers(env: Record<string, string>): Promise<{ servers: Servers; child: ChildProcess }> {
  // BENCH_PROFILE=1 writes a V8 CPU profile of the servers into bench/.data/ for a look at where the time goes.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=bench/.data"] : [];
  const child = spawn(
    process.execPath,
    [...profile, "--import", "tsx", new URL("./servers.ts", import.meta.url).pathname],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [line] = (await once(lines, "line")) as [string];
  return { servers: JSON.parse(line) as Servers, child };
}

async function benchmark(label: string, env: Record<string, string>) {
  const { servers, child } = await startServers(env);
  try {
    const app = `${servers.app}/api/responses`;
    const bare = `${servers.bare}/bare`;
    const tokenHeader = { "x-collection-token": servers.token };
    await load(bare, {}, warmupSeconds);
    await load(app, tokenHeader, warmupSeconds);
    const bareResult = await load(bare, {}, seconds);
    const appResult = await load(app, tokenHeader, seconds);
    return { label, bare: bareResult, app: appResult };
  } finally {
    const exited = once(child, "exit");
    child.kill("SIGINT");
    await exited;
  }
}

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const name = `fcs_bench_${Date.now()}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  } catch (error) {
    console.warn(
      `PostgreSQL at ${serverUrl} is not available (${(error as Error).message}); benchmarking PGlite only.`,
    );
    await admin.end();
    return undefined;
  }
}

const format = (m: Measurement) =>
  `${m.perSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(1).padStart(6)} ms  p99 ${m.p99.toFixed(1).padStart(6)} ms  (${m.requests} requests, ${m.errors} errors)`;

const results = [await benchmark("PGlite", {})];
const pg = await postgresDatabase();
if (pg) {
  try {
    results.push(await benchmark("PostgreSQL", { BENCH_DATABASE_URL: pg.url }));
  } finally {
    await pg.drop();
  }
}

console.log(
  `\nPOST /api/responses vs a bare route inserting the same row (${concurrency} concurrent clients, ${seconds} s each)`,
);
for (const r of results) {
  const ratio = r.app.perSecond / r.bare.perSecond;
  console.log(`\n${r.label}`);
  console.log(`  bare INSERT        ${format(r.bare)}`);
  console.log(`  POST /api/responses ${format(r.app)}`);
  console.log(
    `  ratio ${(ratio * 100).toFixed(0)} % of the bare throughput (goal ≥ 50 %): ${ratio >= 0.5 ? "met" : "NOT met"}`,
  );
}
