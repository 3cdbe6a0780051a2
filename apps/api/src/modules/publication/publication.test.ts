import { randomUUID } from "node:crypto";
import { eq, jobRuns, responses, selectRows, sql } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { testDatabaseKinds } from "@fcs/db/testing";
import { type Answers, findInstrument } from "@fcs/surveys";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeCentre,
  makeCollectionToken,
  makePeriod,
  makeResponses,
  makeUser,
} from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";
import { testConfig } from "../../../../../test/support/config.ts";
import { buildApp } from "../../app.ts";

/**
 * Anonymity over time: a reader who looks before and after one visitor must
 * learn nothing about that visitor. Every result a coordinator can open is
 * read, one answer comes in, and everything is read again.
 */
describe.each(testDatabaseKinds())("published results on %s", (kind) => {
  let t: TestApp;
  let now = new Date("2026-11-02T10:00:00+01:00");
  let centreId = "";
  let neighbourId = "";
  let kiosk = "";
  let county: { authorization: string };
  let admin: { authorization: string };
  const instrument = findInstrument("besok_vuxen", 2026);
  const random = seededRandom(5);
  const answer = (text?: string): Answers => {
    if (!instrument) throw new Error("no instrument");
    const a = demoAnswers(instrument, { level: 0, yearsIn: 0 }, random);
    if (text) a.bast = text;
    else delete a.bast;
    return a;
  };
  const submit = (token: string, answers: Answers, remoteAddress = "192.0.2.10") =>
    t.app.inject({
      method: "POST",
      url: "/api/responses",
      headers: { "x-collection-token": token },
      remoteAddress,
      payload: { id: randomUUID(), survey: "besok_vuxen", year: 2026, locale: "sv", answers },
    });

  beforeAll(async () => {
    t = await createTestApp(kind, { linkSubmissionsPerHour: 3 }, { clock: () => now });
    const db = t.database.db;
    for (const survey of ["besok_vuxen", "besok_barn", "spindel"] as const)
      await makePeriod(db, { regionCode: "12", kind: survey, year: 2026, opens: "2026-09-01", closes: "2026-12-15" });
    const centre = await makeCentre(db, { municipalityCode: "1280" });
    centreId = centre.id;
    // A neighbour in the same municipality, so the municipality has figures of its own.
    const neighbour = await makeCentre(db, { municipalityCode: "1280" });
    neighbourId = neighbour.id;
    await makeResponses(
      db,
      neighbour.id,
      "besok_vuxen",
      2026,
      Array.from({ length: 12 }, () => answer()),
    );
    kiosk = (await makeCollectionToken(db, centreId)).token;
    for (let i = 0; i < 8; i++) expect((await submit(kiosk, answer(`Bra ${i}`))).statusCode).toBe(201);
    await t.app.jobs.publication.publishNow();
    const user = await makeUser(db, "county_coordinator", [{ regionCode: "12" }]);
    county = await signIn(t.app, user.email, user.password);
    const adminUser = await makeUser(db, "admin");
    admin = await signIn(t.app, adminUser.email, adminUser.password);
  });
  afterAll(() => t.close());

  /** Everything a county coordinator can read about the centre's 2026 visitors, as it leaves the server. */
  async function readEverything(): Promise<string[]> {
    const urls = [
      `/api/results/besok_vuxen/2026?scope=centre:${centreId}`,
      "/api/results/besok_vuxen/2026?scope=municipality:1280",
      "/api/results/besok_vuxen/2026?scope=region:12",
      "/api/results/besok_vuxen/2026/parts?scope=municipality:1280",
      `/api/results/besok_vuxen/trend?scope=centre:${centreId}`,
      `/api/results/besok_vuxen/2026/comments?centre=${centreId}`,
      `/api/reports/centres/${centreId}/2026`,
      "/api/reports/regions/12/2026",
    ];
    const bodies: string[] = [];
    for (const url of urls) {
      const response = await t.app.inject({ method: "GET", url, headers: county });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      const { generatedAt: _, ...body } = response.json<Record<string, unknown>>();
      bodies.push(JSON.stringify(body));
    }
    // The spreadsheet a coordinator downloads: every sheet and its strings.
    const xlsx = await t.app.inject({
      method: "GET",
      url: `/api/reports/centres/${centreId}/2026/export.xlsx`,
      headers: county,
    });
    expect(xlsx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(xlsx.rawPayload);
    for (const name of Object.keys(zip.files)
      .filter((n) => n.startsWith("xl/worksheets/") || n.endsWith("sharedStrings.xml"))
      .sort())
      bodies.push(await (zip.file(name)?.async("string") ?? ""));
    return bodies;
  }

  const respondentsAtCentre = async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/results/besok_vuxen/2026?scope=centre:${centreId}`,
      headers: county,
    });
    return response.json<{ respondents: { n?: number }[] }>().respondents[0]?.n;
  };

  it("shows nothing of one new visitor, nor of four, until five have answered and a publication ran", async () => {
    const before = await readEverything();
    expect(await respondentsAtCentre()).toBe(8);
    expect((await submit(kiosk, answer("Jag är rädd för min partner"))).statusCode).toBe(201);
    expect(await readEverything()).toEqual(before);
    // A publication with fewer than five new respondents at the centre moves nothing.
    for (let i = 0; i < 3; i++) expect((await submit(kiosk, answer())).statusCode).toBe(201);
    expect((await t.app.jobs.publication.publishNow()).waiting).toBe(4);
    expect(await readEverything()).toEqual(before);
    // The fifth: now the change covers five respondents at once.
    expect((await submit(kiosk, answer())).statusCode).toBe(201);
    expect(await readEverything()).toEqual(before);
    expect(await t.app.jobs.publication.publishNow()).toMatchObject({ published: 1, added: 5, waiting: 0 });
    const after = await readEverything();
    expect(after).not.toEqual(before);
    expect(await respondentsAtCentre()).toBe(13);
  });

  it("says when the figures were last updated and what newer answers wait for", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/results/besok_vuxen/2026?scope=centre:${centreId}`,
      headers: county,
    });
    const { publication } = response.json<{
      publication: { updatedAt: string; released: boolean; newAnswersNeeded: number };
    }>();
    expect(new Date(publication.updatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(publication).toMatchObject({ released: false, newAnswersNeeded: 5 });
  });

  it("keeps free text back while the collection is open, and gives all of it at once when it has closed", async () => {
    const comments = async () =>
      (
        await t.app.inject({
          method: "GET",
          url: `/api/results/besok_vuxen/2026/comments?centre=${centreId}`,
          headers: county,
        })
      ).json<{ publication: { released: boolean }; questions: { key: string; texts: string[] }[] }>();
    const open = await comments();
    expect(open.publication.released).toBe(false);
    expect(open.questions.flatMap((q) => q.texts)).toEqual([]);
    now = new Date("2026-12-16T04:00:00+01:00");
    try {
      expect(await t.app.jobs.publication.publishNow()).toMatchObject({ released: 3 });
      const closed = await comments();
      expect(closed.publication.released).toBe(true);
      const best = closed.questions.find((q) => q.key === "bast")?.texts ?? [];
      expect(best).toEqual([...best].sort());
      expect(best).toEqual(expect.arrayContaining(["Bra 0", "Bra 7", "Jag är rädd för min partner"]));
      expect(best).toHaveLength(9);
    } finally {
      now = new Date("2026-11-02T10:00:00+01:00");
    }
  });

  it("runs the daily publication once a day across two server processes, and only after its hour", async () => {
    const second = await buildApp(testConfig({ linkSubmissionsPerHour: 3 }), {
      database: t.database,
      logger: false,
      clock: () => now,
    });
    await second.ready();
    try {
      now = new Date("2026-11-03T02:30:00+01:00");
      expect(await t.app.jobs.scheduler.runDue()).toEqual([]);
      now = new Date("2026-11-03T03:05:00+01:00");
      const [a, b] = await Promise.all([t.app.jobs.scheduler.runDue(), second.jobs.scheduler.runDue()]);
      expect([...a, ...b].sort()).toEqual(["publication", "retention"]);
      expect(await t.app.jobs.scheduler.runDue()).toEqual([]);
      const runs = await t.database.db.select().from(jobRuns).where(eq(jobRuns.runKey, "2026-11-03"));
      expect(runs.map((r) => r.job).sort()).toEqual(["publication", "retention"]);
    } finally {
      now = new Date("2026-11-02T10:00:00+01:00");
      await second.close();
    }
  });

  it("lets one client send only a few answers an hour through a poster link; a tablet is not held back", async () => {
    const link = await makeCollectionToken(t.database.db, centreId, ["besok_vuxen", "besok_barn"], "link");
    for (let i = 0; i < 3; i++) expect((await submit(link.token, answer())).statusCode).toBe(201);
    const refused = await submit(link.token, answer());
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({
      error: "link_limit_reached",
      message: expect.stringMatching(/Högst 3 svar/),
      details: [],
    });
    // Another phone on another address still can.
    expect((await submit(link.token, answer(), "192.0.2.99")).statusCode).toBe(201);
    for (let i = 0; i < 10; i++) expect((await submit(kiosk, answer())).statusCode).toBe(201);
  });

  it("leaves a stuffed link's answers out of the published figures, logs it, and brings them back when undone", async () => {
    const db = t.database.db;
    await t.app.jobs.publication.publishNow();
    const shown = await respondentsAtCentre();
    const link = await makeCollectionToken(db, centreId, ["besok_vuxen"], "link");
    // Sixty answers from one device in a minute, each from a "new" address: the limit alone cannot stop that.
    for (let i = 0; i < 30; i++) expect((await submit(link.token, answer(), `198.51.100.${i}`)).statusCode).toBe(201);
    const activity = await t.app.inject({
      method: "GET",
      url: `/api/centres/${centreId}/token-activity?year=2026`,
      headers: county,
    });
    const day = activity
      .json<{ tokens: { id: string; days: { day: string; n: number; burst: boolean }[] }[] }>()
      .tokens.find((tk) => tk.id === link.id)?.days[0];
    expect(day).toEqual({ day: "2026-11-02", n: 30, burst: true, excluded: false });

    const excluded = await t.app.inject({
      method: "POST",
      url: `/api/centres/${centreId}/exclusions`,
      headers: county,
      payload: { tokenId: link.id, from: "2026-11-02", to: "2026-11-02", reason: "Samma svar om och om igen" },
    });
    expect(excluded.statusCode, excluded.body).toBe(201);
    expect(excluded.json()).toMatchObject({ responses: 30, revokedAt: null });
    await t.app.jobs.publication.publishNow();
    expect(await respondentsAtCentre()).toBe(shown);
    const [stored] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::integer as n from responses where token_id = ${link.id}`,
    );
    expect(stored?.n).toBe(30);

    const log = await t.app.inject({ method: "GET", url: "/api/regions/12/audit-log?year=2026", headers: county });
    expect(log.body).toContain("collection.exclude");

    const undo = await t.app.inject({
      method: "POST",
      url: `/api/centres/${centreId}/exclusions/${excluded.json<{ id: string }>().id}/revoke`,
      headers: county,
    });
    expect(undo.statusCode).toBe(204);
    await t.app.jobs.publication.publishNow();
    expect(await respondentsAtCentre()).toBe((shown ?? 0) + 30);
  });

  it("refuses an exclusion from someone outside the centre's region, and an administrator's run of the publication is theirs alone", async () => {
    const other = await makeUser(t.database.db, "county_coordinator", [{ regionCode: "06" }]);
    const headers = await signIn(t.app, other.email, other.password);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/centres/${centreId}/exclusions`,
      headers,
      payload: { tokenId: randomUUID(), from: "2026-11-01", to: "2026-11-02", reason: "Test" },
    });
    expect(response.statusCode).toBe(404);
    expect((await t.app.inject({ method: "POST", url: "/api/publication/run", headers })).statusCode).toBe(403);
    const run = await t.app.inject({ method: "POST", url: "/api/publication/run", headers: admin });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ published: expect.any(Number), waiting: expect.any(Number) });
  });

  it("counts a centre that moves to another municipality there, and no longer where it was", async () => {
    const respondents = async (scope: string) =>
      (
        await t.app.inject({ method: "GET", url: `/api/results/besok_vuxen/2026?scope=${scope}`, headers: county })
      ).json<{ respondents: { n?: number }[] }>().respondents[0]?.n;
    const malmo = (await respondents("municipality:1280")) ?? 0;
    const lund = (await respondents("municipality:1281")) ?? 0;
    const moved = await t.app.inject({
      method: "PATCH",
      url: `/api/centres/${neighbourId}`,
      headers: county,
      payload: { municipalityCode: "1281" },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await respondents("municipality:1281")).toBe(lund + 12);
    expect(await respondents("municipality:1280")).toBe(malmo - 12);
  });

  it("stores no time of day and no address with an answer", async () => {
    const [row] = await t.database.db.select().from(responses).limit(1);
    expect(Object.keys(row ?? {}).sort()).not.toContain("submittedAt");
    expect(JSON.stringify(row)).not.toContain("192.0.2.10");
  });
});
