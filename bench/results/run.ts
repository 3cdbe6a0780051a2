/**
 * npm run bench:results — the dashboards' main requests on the national
 * ten-year dataset (dataset.ts), on PostgreSQL and PGlite, beside bare SQL over
 * the same data in the same run: the counts rollup grouped by hand (the floor
 * for this storage) and the raw JSONB answers grouped (what no rollup costs).
 * Goals (issue 12): every view p95 ≤ 50 ms on both drivers, also the first
 * read after a publication; a publication of every centre for one year ≤ 2 s.
 */
import { createDatabase, type DatabaseHandle, type SQL, selectRows, sql } from "@fcs/db";
import { demoAnswers, seededRandom, storeResponses } from "@fcs/db/seed";
import { type AnonymousSurveyKind, findInstrument } from "@fcs/surveys";
import postgres from "postgres";
import { benchPassword, startBenchApp } from "../support/bench-app.ts";
import { ensureDataset, ensureFollowUps } from "./dataset.ts";

const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const serverUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const log = (line: string) => console.log(line);

interface Timing {
  name: string;
  p50: number;
  p95: number;
}

async function time(
  name: string,
  run: () => Promise<unknown>,
  n = rounds,
  before: () => Promise<unknown> = async () => {},
): Promise<Timing> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    await before();
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { name, p50: at(0.5), p95: at(0.95) };
}

/** The bare queries: what the same figures cost straight from SQL over the published counts. */
const bare = {
  regionYear: sql`select ac.question_key, ac.value, sum(ac.n) from published_counts ac
    join centres c on c.id = ac.centre_id join municipalities m on m.code = c.municipality_code
    where ac.kind = 'besok_vuxen' and ac.year = 2025 and m.region_code = '12' and ac.breakdown = ''
    group by 1, 2`,
  centreComparison: (
    centreId: string,
  ) => sql`select ac.centre_id, m.code, m.region_code, ac.question_key, ac.value, sum(ac.n)
    from published_counts ac join centres c on c.id = ac.centre_id join municipalities m on m.code = c.municipality_code
    where ac.kind = 'besok_vuxen' and ac.year = 2025 and ac.breakdown = ''
      and (ac.centre_id = ${centreId} or m.code = (select municipality_code from centres where id = ${centreId}) or true)
    group by grouping sets ((ac.centre_id, m.code, m.region_code, ac.question_key, ac.value),
      (m.code, m.region_code, ac.question_key, ac.value), (m.region_code, ac.question_key, ac.value), (ac.question_key, ac.value))`,
  regionTrend: sql`select ac.year, ac.question_key, ac.value, sum(ac.n) from published_counts ac
    join centres c on c.id = ac.centre_id join municipalities m on m.code = c.municipality_code
    where ac.kind = 'besok_vuxen' and m.region_code = '12' and ac.breakdown = ''
    group by 1, 2, 3`,
  rawRegionYear: sql`select a.key, a.value, count(*) from responses r
    join centres c on c.id = r.centre_id join municipalities m on m.code = c.municipality_code,
    jsonb_each_text(r.answers) a
    where r.kind = 'besok_vuxen' and r.year = 2025 and m.region_code = '12'
    group by 1, 2`,
};

async function benchmark(label: string, handle: DatabaseHandle, env: Record<string, string>) {
  log(`\n## ${label}`);
  await ensureDataset(handle, log, Number(process.env.BENCH_SCALE ?? 1));
  const { app, email, userId } = await startBenchApp(handle, env);
  await ensureFollowUps(handle.db, userId);
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: benchPassword },
  });
  const headers = { authorization: `Bearer ${login.json<{ token: string }>().token}` };
  const [centre] = await selectRows<{ id: string }>(
    handle.db,
    sql`select c.id from centres c join municipalities m on m.code = c.municipality_code where m.region_code = '12' limit 1`,
  );
  const get = (url: string) => async () => {
    const response = await app.inject({ method: "GET", url, headers });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  };
  const query = (q: SQL) => () => selectRows(handle.db, q);
  // New answers in the year looked at, then a publication: the cached counts of that year no longer hold.
  const random = seededRandom(1);
  const threshold = 5;
  const newAnswers = (centreIds: string[], kinds: AnonymousSurveyKind[], each: number) =>
    storeResponses(
      handle.db,
      centreIds.flatMap((centreId) =>
        kinds.flatMap((kind) => {
          const used = findInstrument(kind, 2025);
          return Array.from({ length: each }, () => ({
            centreId,
            kind,
            year: 2025,
            answers: used ? demoAnswers(used, { level: 0, yearsIn: 8 }, random) : {},
          }));
        }),
      ),
      // As submissions leave them: stored, waiting for a publication.
      { counts: "pending" },
    );
  const published = async () => {
    await newAnswers([centre?.id ?? ""], ["besok_vuxen"], threshold);
    await app.jobs.publication.publishNow();
  };
  const allCentres = (await selectRows<{ id: string }>(handle.db, sql`select id from centres`)).map((c) => c.id);
  const timings = [
    await time(
      "region year view (GET …/besok_vuxen/2025?scope=region:12)",
      get("/api/results/besok_vuxen/2025?scope=region:12"),
    ),
    await time(
      "  same, the first read after a publication",
      get("/api/results/besok_vuxen/2025?scope=region:12"),
      rounds,
      published,
    ),
    await time("  bare: counts GROUP BY, region and year", query(bare.regionYear)),
    await time("  bare: raw JSONB GROUP BY, region and year", query(bare.rawRegionYear), 5),
    await time("region parts (municipalities and centres)", get("/api/results/besok_vuxen/2025/parts?scope=region:12")),
    await time("centre view with comparisons", get(`/api/results/besok_vuxen/2025?scope=centre:${centre?.id}`)),
    await time(
      "  same, the first read after a publication",
      get(`/api/results/besok_vuxen/2025?scope=centre:${centre?.id}`),
      rounds,
      published,
    ),
    await time(
      "  bare: counts GROUPING SETS centre/municipality/region/all",
      query(bare.centreComparison(centre?.id ?? "")),
    ),
    await time("10-year trend, region", get("/api/results/besok_vuxen/trend?scope=region:12")),
    await time(
      "  same, the first read after a publication",
      get("/api/results/besok_vuxen/trend?scope=region:12"),
      rounds,
      published,
    ),
    await time(
      "10-year trend, centre with comparisons",
      get(`/api/results/besok_vuxen/trend?scope=centre:${centre?.id}`),
    ),
    await time("  bare: counts GROUP BY year, region", query(bare.regionTrend)),
    await time("spider with professions, region", get("/api/results/spindel/2025?scope=region:12")),
    await time("annual report of the region (75 centres), the model", get("/api/reports/regions/12/2025"), 10),
    await time(
      "annual report in all four formats: web model, Word, PowerPoint, Excel",
      async () => {
        for (const path of ["", "/export.docx", "/export.pptx", "/export.xlsx"])
          await get(`/api/reports/regions/12/2025${path}`)();
      },
      5,
    ),
    await time(
      `publication of every centre (${allCentres.length}) for one year: 5 new answers in each survey at each`,
      () => app.jobs.publication.publishNow(),
      5,
      () => newAnswers(allCentres, ["besok_vuxen", "besok_barn", "spindel"], threshold),
    ),
  ];
  await app.close();
  log("| request | p50 ms | p95 ms |\n|---|---|---|");
  for (const t of timings) log(`| ${t.name} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} |`);
}

const databaseName = "fcs_bench_results";
let serverReachable = true;
try {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${databaseName}`;
  if (!exists) await admin.unsafe(`create database ${databaseName}`);
  await admin.end();
} catch (error) {
  serverReachable = false;
  log(`PostgreSQL at ${serverUrl} is not available (${(error as Error).message}); benchmarking PGlite only.`);
}
if (serverReachable) {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  const handle = createDatabase({ kind: "postgres", url: url.toString(), maxConnections: 5 });
  await benchmark("PostgreSQL", handle, { DATABASE_URL: url.toString(), DATA_DIR: "bench/.data" });
  await handle.close();
}
if (process.env.BENCH_SKIP_PGLITE !== "1") {
  const handle = createDatabase({ kind: "pglite", dataDir: "bench/.data/results-pglite" });
  await benchmark("PGlite", handle, { DATA_DIR: "bench/.data" });
  await handle.close();
}
