/**
 * npm run bench:sign-in — what a person waits for when signing in: the whole
 * POST /api/auth/login through the app (argon2id at OWASP's parameters, the
 * throttle's reads and writes, a new session), on PGlite and PostgreSQL,
 * signing in one after the other as people do. Goal (issue 13): p50 ≤ 300 ms.
 * Also: a wrong password, and a burst of 24 parallel sign-ins beside it.
 */
import type { DatabaseHandle } from "@fcs/db";
import { benchPassword, onEachDatabase, startBenchApp } from "../support/bench-app.ts";

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const log = (line: string) => console.log(line);

const percentile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

async function benchmark(label: string, handle: DatabaseHandle) {
  await handle.migrate();
  const { app, email } = await startBenchApp(handle);
  let address = 0;
  // Each try from its own address, so the throttle measures its cost without ever locking the account.
  const login = (password: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: `10.1.${Math.floor(address / 250)}.${(address++ % 250) + 1}`,
      payload: { email, password },
    });
  const time = async (password: string, expected: number) => {
    const started = performance.now();
    const response = await login(password);
    if (response.statusCode !== expected) throw new Error(`sign-in: ${response.statusCode} ${response.body}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) await time(benchPassword, 200);
  const right: number[] = [];
  for (let i = 0; i < rounds; i++) right.push(await time(benchPassword, 200));
  const wrong: number[] = [];
  for (let i = 0; i < 4; i++) wrong.push(await time("fel lösenord", 401));
  await time(benchPassword, 200);
  // 24 parallel sign-ins with unknown e-mails, and one real one in the middle of them.
  const flood = Array.from({ length: 24 }, (_, i) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: `10.2.0.${i + 1}`,
      payload: { email: `okand-${i}@bench.local`, password: "gissning" },
    }),
  );
  const underLoad = await time(benchPassword, 200);
  const floodStatuses = (await Promise.all(flood)).map((r) => r.statusCode);
  await app.close();
  log(`\n## ${label}\n| sign-in | p50 ms | p95 ms |\n|---|---|---|`);
  log(`| right password (${rounds}) | ${percentile(right, 0.5).toFixed(0)} | ${percentile(right, 0.95).toFixed(0)} |`);
  log(`| wrong password (4) | ${percentile(wrong, 0.5).toFixed(0)} | ${percentile(wrong, 0.95).toFixed(0)} |`);
  log(`| right password beside 24 parallel sign-ins | ${underLoad.toFixed(0)} | |`);
  log(
    `(the 24: ${floodStatuses.filter((s) => s === 401).length} × 401, ${floodStatuses.filter((s) => s === 503).length} × 503)`,
  );
}

await onEachDatabase(benchmark);
