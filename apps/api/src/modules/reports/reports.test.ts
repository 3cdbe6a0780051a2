import type { ReportModel, ResultsOverview } from "@fcs/contracts";
import { findSurveyDefinitionId, followUps } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { testDatabaseKinds } from "@fcs/db/testing";
import { type AnonymousSurveyKind, exampleAnswers, findInstrument } from "@fcs/surveys";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeResponses, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

const random = seededRandom(5);
const answers = (survey: AnonymousSurveyKind, year: number, n: number) => {
  const instrument = findInstrument(survey, year);
  if (!instrument) throw new Error(`no ${survey} ${year}`);
  return Array.from({ length: n }, () => demoAnswers(instrument, { level: 0.2, yearsIn: year - 2025 }, random));
};

describe.each(testDatabaseKinds())("annual reports on %s", (kind) => {
  let t: TestApp;
  const as: Record<string, { authorization: string }> = {};
  const centre: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    for (const [name, municipalityCode] of [
      ["malmo", "1280"],
      ["small", "1280"],
      ["lund", "1281"],
      ["tyst", "1281"],
    ] as const)
      centre[name] = (await makeCentre(db, { municipalityCode, name: `Familjecentralen Å${name}` })).id;
    for (const year of [2025, 2026])
      for (const [name, adults] of [
        ["malmo", 40],
        ["small", 3],
        ["lund", 30],
      ] as const) {
        const id = centre[name] as string;
        await makeResponses(db, id, "besok_vuxen", year, answers("besok_vuxen", year, adults));
        await makeResponses(db, id, "besok_barn", year, answers("besok_barn", year, Math.ceil(adults / 2)));
        await makeResponses(db, id, "spindel", year, answers("spindel", year, name === "small" ? 2 : 12));
      }
    const instrument = findInstrument("kvalitetsuppfoljning", 2026);
    const definitionId =
      instrument && (await findSurveyDefinitionId(db, "kvalitetsuppfoljning", 2026, instrument.version));
    const users = {
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: centre.small as string }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
      lundReader: await makeUser(db, "reader", [{ municipalityCode: "1281" }]),
    };
    await db.insert(followUps).values({
      centreId: centre.malmo as string,
      year: 2026,
      definitionId: definitionId as string,
      status: "approved",
      answers: {
        ...exampleAnswers.kvalitetsuppfoljning,
        goda_exempel: "Språkcafé med öppna förskolan – för föräldrar på väg in i svenskan.",
      },
      version: 3,
      updatedBy: users.county.id,
    });
    for (const [who, user] of Object.entries(users)) as[who] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const call = (who: string, method: "GET" | "PUT" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const region = "/api/reports/regions/12/2026";
  const read = async (url = region, who = "county") => {
    const response = await call(who, "GET", url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ReportModel>();
  };
  const chapter = (model: ReportModel, id: string) => model.chapters.find((c) => c.id === id);
  const unzip = async (url: string, who = "county") => {
    const response = await call(who, "GET", url);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    return JSZip.loadAsync(response.rawPayload);
  };
  const textOf = async (zip: JSZip, prefix: string) =>
    (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => name.startsWith(prefix) && name.endsWith(".xml"))
          .map((name) => zip.file(name)?.async("string") ?? ""),
      )
    ).join("\n");

  it("builds the region's report from the results engine: the same figures", async () => {
    const model = await read();
    const results = (
      await call("county", "GET", "/api/results/besok_vuxen/2026?scope=region:12")
    ).json<ResultsOverview>();
    const summary = chapter(model, "sammanfattning")?.tables[0];
    const respondents = summary?.rows.find((r) => r[0] === "Vuxna besökare som svarat");
    expect(respondents?.[2]).toBe(results.respondents[0]?.suppressed === false ? results.respondents[0].n : null);
    const adults = chapter(model, "vuxna")?.tables[0];
    const helhet = results.questions.find((q) => q.key === "helhet")?.figures[0];
    const column = adults?.columns.findIndex((c) => c.title === "Skåne län") ?? -1;
    const row = adults?.rows.find((r) => r[0] === results.questions.find((q) => q.key === "helhet")?.title);
    expect(helhet?.suppressed).toBe(false);
    if (helhet && !helhet.suppressed) expect(row?.[column]).toBeCloseTo((helhet.positiveShare ?? 0) * 100, 9);
    expect(model.chapters.map((c) => c.id)).toEqual([
      "sammanfattning",
      "metod",
      "deltagande",
      "kvalitetsuppfoljning",
      "verksamhet",
      "spindel",
      "vuxna",
      "barn",
      "kommuner",
      "utvecklingsomraden",
      "goda_exempel",
      "familjecentraler",
    ]);
    expect(chapter(model, "sammanfattning")?.draft).toMatch(/^År 2026 svarade 73 vuxna besökare/);
  });

  it("names the centre that took no part, compares the municipalities and gives each centre a page", async () => {
    const model = await read();
    const participation = chapter(model, "deltagande");
    expect(participation?.draft).toContain("finns från Familjecentralen Åtyst");
    const perCentre = participation?.tables.find((t) => t.title === "Svarande per familjecentral");
    expect(perCentre?.rows.find((r) => r[0] === "Familjecentralen Åtyst")?.slice(2, 5)).toEqual([0, 0, 0]);
    expect(perCentre?.rows.find((r) => r[0] === "Familjecentralen Åsmall")?.[2]).toBe("visas inte");
    const compared = chapter(model, "kommuner")?.tables[0];
    expect(compared?.rows.map((r) => r[0])).toEqual(["Lund", "Malmö"]);
    expect(typeof compared?.rows[1]?.[2]).toBe("number");
    const appendix = chapter(model, "familjecentraler");
    expect(appendix?.layout).toBe("page-per-table");
    expect(appendix?.tables.map((t) => t.title)).toEqual([
      "Familjecentralen Ålund",
      "Familjecentralen Åmalmo",
      "Familjecentralen Åsmall",
      "Familjecentralen Åtyst",
    ]);
    const malmo = appendix?.tables.find((t) => t.title === "Familjecentralen Åmalmo");
    expect(malmo?.rows.find((r) => r[0] === "Kvalitetsuppföljningen")?.[1]).toBe("Godkänd");
    // Åmalmo's 40 hide beside Åsmall's 3, or Malmö minus Åmalmo would give them away; Ålund's 30 show.
    expect(malmo?.rows.find((r) => r[0] === "Vuxna besökare som svarat")?.[1]).toBe("visas inte");
    const lund = appendix?.tables.find((t) => t.title === "Familjecentralen Ålund");
    expect(lund?.rows.find((r) => r[0] === "Vuxna besökare som svarat")?.[1]).toBe(30);
    const keyFigures = chapter(model, "kvalitetsuppfoljning")?.tables[0];
    expect(keyFigures?.columns.at(-1)?.title).toBe("Att jämföra med (inget krav)");
    expect(keyFigures?.rows.find((r) => r[0] === "Husmöten, timmar i månaden")?.at(-1)).toBe(
      "5,0 (Skånes genomsnitt 2024)",
    );
    const method = chapter(model, "metod");
    expect(method?.draft).toContain("färre än 5 svar visas inte");
    expect(method?.tables[0]?.rows.map((r) => r[0])).toEqual([
      "Besöksenkät vuxna",
      "Besöksenkät barn",
      "Spindelmätning",
      "Kvalitetsuppföljning",
    ]);
    // How the answers came, per channel: held back like every split while the collection is open.
    expect(method?.tables[0]?.columns.slice(4).map((c) => c.title)).toEqual([
      "Surfplatta",
      "Länk",
      "Papper",
      "Importerat",
    ]);
    expect(method?.tables[0]?.rows[0]?.slice(4)).toEqual(["visas inte", "visas inte", "visas inte", "visas inte"]);
    expect(method?.tables[0]?.rows[3]?.slice(4)).toEqual([null, null, null, null]);
  });

  it("says 'visas inte' for a centre with three answers, in the report and in every format", async () => {
    const url = `/api/reports/centres/${centre.small}/2026`;
    const model = await read(url, "local");
    const summary = chapter(model, "sammanfattning")?.tables[0];
    expect(summary?.rows.find((r) => r[0] === "Vuxna besökare som svarat")?.[2]).toBe("visas inte");
    expect(await textOf(await unzip(`${url}/export.docx`, "local"), "word/document")).toContain("visas inte");
    expect(await textOf(await unzip(`${url}/export.xlsx`, "local"), "xl/sharedStrings")).toContain("visas inte");
    expect(await textOf(await unzip(`${url}/export.pptx`, "local"), "ppt/slides/")).toContain("visas inte");
  });

  it("exports valid files with their parts, native charts, images and intact Swedish text", async () => {
    const docx = await unzip(`${region}/export.docx`);
    expect(Object.keys(docx.files)).toEqual(expect.arrayContaining(["word/document.xml", "[Content_Types].xml"]));
    expect(
      Object.keys(docx.files).filter((n) => n.startsWith("word/media/") && n.endsWith(".png")).length,
    ).toBeGreaterThan(3);
    expect(await textOf(docx, "word/document")).toContain("Förutsättningar och gemensam tid");

    const pptx = await unzip(`${region}/export.pptx`);
    const charts = Object.keys(pptx.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(4);
    const chartXml = await textOf(pptx, "ppt/charts/");
    for (const type of ["c:barChart", "c:lineChart", "c:radarChart"]) expect(chartXml).toContain(`<${type}>`);
    expect(await textOf(pptx, "ppt/slides/")).toContain("Spindelmätningen");

    const xlsx = await unzip(`${region}/export.xlsx`);
    const sheets = Object.keys(xlsx.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    // A sheet per chapter with a table that has rows (no examples are chosen yet: that chapter has none).
    const model = await read();
    expect(sheets).toHaveLength(model.chapters.filter((c) => c.tables.some((t) => t.rows.length > 0)).length);
    expect(await textOf(xlsx, "xl/sharedStrings")).toContain("Skåne län");
    expect(await textOf(xlsx, "xl/workbook")).toContain("Utvecklingsområden");
  });

  it("builds a municipality's report for the county coordinator and the municipality's reader, and no one else", async () => {
    const lund = "/api/reports/municipalities/1281/2026";
    const model = await read(lund, "lundReader");
    expect(model).toMatchObject({ kind: "municipality", title: "Familjecentraler i Lund – årsrapport 2026" });
    expect(model.chapters.map((c) => c.id)).toEqual(expect.arrayContaining(["deltagande", "familjecentraler"]));
    expect(model.chapters.map((c) => c.id)).not.toContain("kommuner");
    expect(model.chapters.map((c) => c.id)).not.toContain("goda_exempel");
    expect(chapter(model, "familjecentraler")?.tables.map((t) => t.title)).toEqual([
      "Familjecentralen Ålund",
      "Familjecentralen Åtyst",
    ]);
    expect((await read(lund)).kind).toBe("municipality");
    expect((await call("lundReader", "GET", "/api/reports/municipalities/1280/2026")).statusCode).toBe(404);
    expect((await call("local", "GET", lund)).statusCode).toBe(404);
    // The reader reads; the county coordinator says who it is for, and it is on the cover and the title slide.
    const refused = await call("lundReader", "PUT", `${lund}/addressee`, { text: "x", version: model.version });
    expect(refused.statusCode).toBe(403);
    const saved = await call("county", "PUT", `${lund}/addressee`, {
      text: "  Förvaltningschefen, barn- och utbildningsförvaltningen ",
      version: model.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await read(lund)).addressee).toBe("Förvaltningschefen, barn- och utbildningsförvaltningen");
    expect(await textOf(await unzip(`${lund}/export.docx`), "word/document")).toContain(
      "Till: Förvaltningschefen, barn- och utbildningsförvaltningen",
    );
    expect(await textOf(await unzip(`${lund}/export.pptx`), "ppt/slides/slide1.xml")).toContain(
      "Till: Förvaltningschefen",
    );
    const tooLong = await call("county", "PUT", `${lund}/addressee`, { text: "x".repeat(201), version: 2 });
    expect(tooLong.statusCode).toBe(400);
  });

  it("says what is not yet in before the report is marked final", async () => {
    const model = await read();
    // Four active centres, one approved follow-up; no collection period set in this test, so none is open.
    expect(model.readiness).toEqual({ openSurveys: [], unapproved: 3, centres: 4 });
  });

  it("titles each chart's slide with what it shows", async () => {
    const slides = await textOf(await unzip(`${region}/export.pptx`), "ppt/slides/");
    expect(slides).toMatch(
      /Andelen nöjda besökare ((ökade|minskade) från \d+ % år 2025 till \d+ % år 2026|var \d+ % år 2026, samma som året före)\./,
    );
    expect(slides).toMatch(/Högst andel positiva svar får ”[^”]+” \(\d+ %\)\./);
    expect(slides).toMatch(/Starkast bedöms ”[^”]+” \(\d+,\d\)/);
  });

  it("keeps the county coordinator's text and chosen examples, and refuses a stale version", async () => {
    const model = await read();
    const saved = await call("county", "PUT", `${region}/chapters/sammanfattning`, {
      text: "Året präglades av ökade besök och nya föräldragrupper.",
      version: model.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await call("county", "PUT", `${region}/chapters/barn`, { text: "x", version: model.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe("version_conflict");
    const candidate = model.exampleCandidates[0];
    expect(candidate?.text).toContain("Språkcafé");
    const chosen = await call("county", "PUT", `${region}/examples`, {
      centreIds: [candidate?.centreId],
      version: saved.json().version,
    });
    expect(chosen.statusCode).toBe(200);
    const after = await read();
    expect(chapter(after, "sammanfattning")?.narrative).toBe("Året präglades av ökade besök och nya föräldragrupper.");
    expect(chapter(after, "goda_exempel")?.tables[0]?.rows[0]?.[1]).toContain("Språkcafé");
  });

  it("freezes a final report: late answers do not change it; only the county coordinator reopens it, and that is logged", async () => {
    const before = await read();
    const final = await call("county", "POST", `${region}/finalize`, { version: before.version });
    expect(final.json()).toEqual({ status: "final", version: before.version + 1 });
    await makeResponses(t.database.db, centre.lund as string, "besok_vuxen", 2026, answers("besok_vuxen", 2026, 25));
    const frozen = await read();
    expect(frozen.status).toBe("final");
    expect(chapter(frozen, "sammanfattning")?.tables).toEqual(chapter(before, "sammanfattning")?.tables);
    expect(
      (await call("county", "PUT", `${region}/chapters/barn`, { text: "x", version: frozen.version })).statusCode,
    ).toBe(409);

    const centreReport = `/api/reports/centres/${centre.small}/2026`;
    const centreModel = await read(centreReport, "local");
    await call("local", "POST", `${centreReport}/finalize`, { version: centreModel.version });
    const refused = await call("local", "POST", `${centreReport}/reopen`, { version: centreModel.version + 1 });
    expect(refused.statusCode).toBe(403);

    const reopened = await call("county", "POST", `${region}/reopen`, { version: frozen.version });
    expect(reopened.json()).toEqual({ status: "draft", version: frozen.version + 1 });
    const live = await read();
    const adults = (m: ReportModel) =>
      chapter(m, "sammanfattning")?.tables[0]?.rows.find((r) => r[0] === "Vuxna besökare som svarat")?.[2];
    expect(adults(live)).toBe((adults(frozen) as number) + 25);
    const log = (await call("county", "GET", "/api/regions/12/audit-log?year=2026")).json<{
      entries: { action: string }[];
    }>();
    expect(log.entries.map((e) => e.action)).toEqual(expect.arrayContaining(["report.finalize", "report.reopen"]));
  });

  it("lets a reader read but not write, and keeps reports inside each one's scope", async () => {
    const model = await read(region, "reader");
    expect(model.exampleCandidates).toEqual([]);
    const refused = await call("reader", "PUT", `${region}/chapters/barn`, { text: "x", version: model.version });
    expect(refused.statusCode).toBe(403);
    expect((await call("lundReader", "GET", region)).statusCode).toBe(404);
    expect((await call("local", "GET", region)).statusCode).toBe(404);
    expect((await call("local", "GET", `/api/reports/centres/${centre.lund}/2026`)).statusCode).toBe(404);
    expect((await call("reader", "GET", `${region}/export.pdf`)).statusCode).toBe(400);
    const unknownChapter = await call("county", "PUT", `${region}/chapters/bilagor`, { text: "x", version: 1 });
    expect(unknownChapter.statusCode).toBe(400);
    expect(unknownChapter.json().details[0].field).toBe("params.chapter");
  });
});
