import type { ResultsOverview, ResultsTrend } from "@fcs/contracts";
import { auditLog, eq, selectRows, sql } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/** Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, semicolons, CRLF. */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6 })[c] ?? c.charCodeAt(0)));

const heading = "Familjecentral;År;Roll;Välkommen;Hur nöjd är du med familjecentralen som helhet?;Bästa";
const good = (centre: string, year: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    [
      centre,
      year,
      i % 2 ? "Förälder" : "Mamma",
      3 + (i % 3),
      i % 2 ? "4" : "Mycket nöjd",
      i % 4 ? "" : "Öppna förskolan",
    ].join(";"),
  );

describe.each(testDatabaseKinds())("importing earlier years on %s", (kind) => {
  let t: TestApp;
  let county: { authorization: string };
  let otherCounty: { authorization: string };
  const names = { hoor: "Familjecentralen Höör", asa: "Familjecentralen Åsa" };
  let file: { name: string; content: string };
  const mapping = {
    centre: "Familjecentral",
    year: "År",
    questions: {
      Roll: "besokare_roll",
      Välkommen: "valkommen",
      "Hur nöjd är du med familjecentralen som helhet?": "helhet",
      Bästa: "bast",
    },
    values: { besokare_roll: { Mamma: "foralder" }, helhet: { "Mycket nöjd": "5" } },
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    await makeCentre(db, { name: names.hoor, municipalityCode: "1267" });
    await makeCentre(db, { name: names.asa, municipalityCode: "1280" });
    const user = await makeUser(db, "county_coordinator", [{ regionCode: "12" }]);
    county = await signIn(t.app, user.email, user.password);
    const other = await makeUser(db, "county_coordinator", [{ regionCode: "06" }]);
    otherCounty = await signIn(t.app, other.email, other.password);
    const lines = [
      heading,
      ...good(names.hoor, 2019, 12),
      ...good("familjecentralen åsa", 2020, 6),
      "Familjecentralen Okänd;2019;Förälder;4;4;",
      `${names.hoor};2031;Förälder;4;4;`,
      `${names.hoor};2019;Kanske;4;4;`,
      `${names.hoor};2019;Förälder;7;4;`,
    ];
    file = { name: "tidigare-verktyg.csv", content: windows1252(`${lines.join("\r\n")}\r\n`).toString("base64") };
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, headers = county) =>
    t.app.inject({ method: "POST", url: `/api/regions/12/imports${url}`, headers, payload });
  const run = (mode: string) => post("/run", { survey: "besok_vuxen", source: "Gamla verktyget", file, mapping, mode });
  /** Everything an import touches that a result is read from. */
  const snapshot = async () => {
    const db = t.database.db;
    const rows = (query: ReturnType<typeof sql>) => selectRows(db, query);
    return {
      responses: await rows(
        sql`select centre_id, kind, year, channel, answers from responses order by 1, 2, 3, 5::text`,
      ),
      live: await rows(sql`select * from answer_counts order by 1, 2, 3, 4, 5, 6`),
      pending: await rows(sql`select count(*)::int as n from answer_counts_pending`),
      published: await rows(sql`select * from published_counts order by 1, 2, 3, 4, 5, 6`),
      areas: await rows(sql`select kind, year, level, region_code, cells from published_area_sums order by 1, 2, 3, 4`),
      publications: await rows(sql`select centre_id, kind, year, respondents from publications order by 1, 2, 3`),
    };
  };

  it("reads the file's columns and values, and suggests the centre, the year and the titled question", async () => {
    const response = await post("/read", { survey: "besok_vuxen", source: "Gamla verktyget", file });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.format).toBe("CSV, Windows-1252, semikolon");
    expect(body.rows).toBe(22);
    expect(body.saved).toBe(false);
    expect(body.mapping).toMatchObject({
      centre: "Familjecentral",
      year: "År",
      questions: { "Hur nöjd är du med familjecentralen som helhet?": "helhet" },
    });
    expect(body.columns.find((c: { name: string }) => c.name === "Roll").values).toEqual([
      "Mamma",
      "Förälder",
      "Kanske",
    ]);
  });

  it("names every bad row in the preview and stores nothing", async () => {
    const before = await snapshot();
    const response = await run("preview");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ rows: 22, accepted: 18, problemRows: 4, importId: null });
    expect(body.problems).toEqual([
      { row: 20, column: "Familjecentral", message: 'familjecentralen "Familjecentralen Okänd" finns inte i regionen' },
      { row: 21, column: "År", message: 'året ska vara ett tidigare år än 2026, inte "2031"' },
      { row: 22, column: "Roll", message: 'värdet "Kanske" är inte kopplat till något svar på frågan' },
      { row: 23, column: "Välkommen", message: "ska vara från 1 till 5, inte 7" },
    ]);
    expect(body.years).toEqual([
      { year: 2019, centres: 1, responses: 12 },
      { year: 2020, centres: 1, responses: 6 },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("runs the whole import in a dry run and keeps nothing of it, not even its log entry", async () => {
    const before = await snapshot();
    const response = await run("dry_run");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ mode: "dry_run", accepted: 18, importId: null });
    expect(await snapshot()).toEqual(before);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.action, "collection.imported"));
    expect(entries).toEqual([]);
  });

  it("imports, shows the years in the trend, refuses the same years again, and undoes to the database as before", async () => {
    const before = await snapshot();
    const response = await run("import");
    expect(response.statusCode, response.body).toBe(201);
    const { importId } = response.json();
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);

    const channels = await selectRows<{ channel: string; n: number }>(
      t.database.db,
      sql`select channel::text, count(*)::int as n from responses group by 1`,
    );
    expect(channels).toEqual([{ channel: "import", n: 18 }]);
    const trend = await t.app.inject({
      method: "GET",
      url: "/api/results/besok_vuxen/trend?scope=region:12",
      headers: county,
    });
    const body = trend.json<ResultsTrend>();
    expect(body.years).toEqual([2019, 2020]);
    expect(body.imported).toEqual([2019, 2020]);
    expect(body.respondents.map((perScope) => perScope[0])).toEqual([
      { suppressed: false, n: 12 },
      { suppressed: false, n: 6 },
    ]);
    // The mapping is kept for the source and offered next time.
    const again = (await post("/read", { survey: "besok_vuxen", source: "Gamla verktyget", file })).json();
    expect(again).toMatchObject({ saved: true, mapping });
    // A centre's year comes in whole and once.
    const twice = (await run("preview")).json();
    expect(twice.accepted).toBe(0);
    expect(twice.problems[0].message).toBe(
      "familjecentralen har redan svar för 2019: ett år importeras helt och en gång",
    );

    const list = await t.app.inject({ method: "GET", url: "/api/regions/12/imports", headers: county });
    expect(list.json().imports).toMatchObject([
      {
        id: importId,
        survey: "besok_vuxen",
        source: "Gamla verktyget",
        responses: 18,
        years: [2019, 2020],
        undoneAt: null,
      },
    ]);
    const undo = await post(`/${importId}/undo`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().undoneAt).not.toBeNull();
    expect(await snapshot()).toEqual(before);
    expect((await post(`/${importId}/undo`, {})).statusCode).toBe(409);
    const log = await t.database.db.select().from(auditLog).where(eq(auditLog.action, "collection.import_undone"));
    expect(log[0]?.details).toEqual({ id: importId, survey: "besok_vuxen", responses: 18 });
  });

  it("imports totals — counts per answer or only a mean — into the results and the trend, and undoes them", async () => {
    const totals = [
      "Familjecentral;År;Fråga;Antal;1;2;3;4;5;Medelvärde",
      `${names.hoor};2018;*;22;;;;;;`,
      `${names.hoor};2018;Hur nöjd är du med familjecentralen som helhet?;20;1;2;3;6;8;`,
      `${names.hoor};2018;valkommen;20;;;;;;4,1`,
      `${names.asa};2018;helhet;3;;;1;1;1;`,
      `${names.hoor};2018;helhet;20;1;2;3;6;8;`,
      `${names.hoor};2018;bemotande;10;1;1;1;1;1;`,
    ];
    const totalsFile = { name: "summor.csv", content: windows1252(totals.join("\r\n")).toString("base64") };
    const send = (mode: string) =>
      post("/totals", { survey: "besok_vuxen", source: "Gamla summor", file: totalsFile, mode });
    const before = await snapshot();
    const preview = (await send("preview")).json();
    expect(preview).toMatchObject({ rows: 6, accepted: 3, problemRows: 3 });
    expect(preview.problems).toEqual([
      {
        row: 5,
        column: null,
        message: "familjecentralen har färre än 5 svarande 2018 i filen: de skulle aldrig visas och importeras inte",
      },
      { row: 6, column: "Fråga", message: "frågan finns redan på en rad ovanför" },
      { row: 7, column: "Antal", message: "svaren per alternativ blir 5 tillsammans, inte 10" },
    ]);
    expect(preview.years).toEqual([{ year: 2018, centres: 1, responses: 22 }]);
    expect(await snapshot()).toEqual(before);

    const imported = await send("import");
    expect(imported.statusCode, imported.body).toBe(201);
    const { importId } = imported.json();
    const overview = await t.app.inject({
      method: "GET",
      url: `/api/results/besok_vuxen/2018?scope=municipality:1267`,
      headers: county,
    });
    const body = overview.json<ResultsOverview>();
    expect(body.respondents[0]).toEqual({ suppressed: false, n: 22 });
    const figure = (key: string) => body.questions.find((q) => q.key === key)?.figures[0];
    expect(figure("helhet")).toMatchObject({ n: 20, positiveShare: 14 / 20, median: 4 });
    // Known only as a mean: the mean, and nothing said of shares or spread.
    const welcome = figure("valkommen");
    expect(welcome).toMatchObject({ suppressed: false, n: 20, distribution: [] });
    expect(welcome && !welcome.suppressed && welcome.mean).toBeCloseTo(4.1, 9);
    expect(welcome && !welcome.suppressed && welcome.positiveShare).toBeUndefined();
    const trend = (
      await t.app.inject({ method: "GET", url: "/api/results/besok_vuxen/trend?scope=region:12", headers: county })
    ).json<ResultsTrend>();
    expect(trend.imported).toContain(2018);
    // The same centre-year cannot come in twice, by totals or by rows.
    expect((await send("preview")).json().problems[0].message).toContain("har redan svar för 2018");

    expect((await post(`/${importId}/undo`, {})).statusCode).toBe(200);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps each region's imports to itself, and refuses a broken mapping with a clear 400", async () => {
    const other = await post(
      "/run",
      { survey: "besok_vuxen", source: "x", file, mapping, mode: "preview" },
      otherCounty,
    );
    expect(other.statusCode).toBe(404);
    const wrong = await post("/run", {
      survey: "besok_vuxen",
      source: "x",
      file,
      mapping: { ...mapping, year: "Årtal" },
      mode: "preview",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: "invalid_mapping", message: expect.stringContaining('"Årtal"') });
    const garbage = await post("/read", {
      survey: "besok_vuxen",
      source: "x",
      file: { name: "a.xlsx", content: Buffer.from("inte excel").toString("base64") },
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error).toBe("unreadable_file");
  });
});
