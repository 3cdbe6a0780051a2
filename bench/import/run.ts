/**
 * npm run bench:import — a region's earlier years from a file of 100,000 respondents (issue 17: under a minute):
 * reading it, the preview, the import (stored, counted and published) and its undo, each through the API,
 * on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 */
import { centres, type DatabaseHandle } from "@fcs/db";
import { benchPassword, onEachDatabase, startBenchApp } from "../support/bench-app.ts";

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const centreCount = 100;
const years = [2017, 2018, 2019, 2020, 2021];
const log = (line: string) => console.log(line);

/** A semicolon file as Swedish Excel writes it: a centre, a year, who answered and ten ratings with decimal commas. */
function file(names: string[]) {
  const ratings = ["valkommen", "bemotande", "stod_foraldraskap", "nya_kontakter", "vet_vart_vanda"];
  const lines = [["Familjecentral", "År", "Roll", ...ratings, "helhet", "bast"].join(";")];
  for (let i = 0; i < rows; i++) {
    const name = names[i % names.length] as string;
    const year = years[Math.floor(i / names.length) % years.length] as number;
    const scores = ratings.map((_, k) => `${1 + ((i + k) % 5)},0`);
    lines.push([name, year, i % 3 ? "Förälder" : "annan_vuxen", ...scores, 1 + (i % 5), i % 7 ? "" : "Bra"].join(";"));
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8").toString("base64");
}

async function benchmark(label: string, handle: DatabaseHandle) {
  await handle.migrate();
  const { app, email } = await startBenchApp(handle);
  const names = Array.from({ length: centreCount }, (_, i) => `Bänkcentralen ${i + 1}`);
  await handle.db.insert(centres).values(
    names.map((name) => ({
      name,
      municipalityCode: "1280",
      kind: "familjecentral" as const,
      baseServices: ["mhv" as const, "bhv" as const],
      activeFrom: "2010-01-01",
    })),
  );
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: benchPassword },
  });
  const authorization = `Bearer ${login.json<{ token: string }>().token}`;
  const content = file(names);
  const body = { survey: "besok_vuxen", source: "Bänk", file: { name: "bank.csv", content } };
  const mapping = {
    centre: "Familjecentral",
    year: "År",
    questions: {
      Roll: "besokare_roll",
      valkommen: "valkommen",
      bemotande: "bemotande",
      stod_foraldraskap: "stod_foraldraskap",
      nya_kontakter: "nya_kontakter",
      vet_vart_vanda: "vet_vart_vanda",
      helhet: "helhet",
      bast: "bast",
    },
    values: {},
  };
  const timed = async (name: string, url: string, payload: object, expected: number) => {
    const started = performance.now();
    const response = await app.inject({ method: "POST", url, headers: { authorization }, payload });
    const seconds = (performance.now() - started) / 1000;
    if (response.statusCode !== expected)
      throw new Error(`${name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    log(`| ${name} | ${seconds.toFixed(1)} |`);
    return response.json();
  };
  log(`\n## ${label}: ${rows.toLocaleString("sv-SE")} rows, ${(content.length / 1024 / 1024).toFixed(1)} MB as base64`);
  log("| step | seconds |\n|---|---|");
  await timed("read (columns and values)", "/api/regions/12/imports/read", body, 200);
  await timed("preview (every row checked)", "/api/regions/12/imports/run", { ...body, mapping, mode: "preview" }, 200);
  const done = await timed(
    "import (stored, published)",
    "/api/regions/12/imports/run",
    { ...body, mapping, mode: "import" },
    201,
  );
  if (done.accepted !== rows) throw new Error(`imported ${done.accepted} of ${rows}`);
  await timed("undo", `/api/regions/12/imports/${done.importId}/undo`, {}, 200);
  await app.close();
}

await onEachDatabase(benchmark);
