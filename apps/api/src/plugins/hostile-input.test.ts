import { randomUUID } from "node:crypto";
import { responses, sql } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { testDatabaseKinds } from "@fcs/db/testing";
import { findInstrument } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeCollectionToken, makePeriod, makeUser } from "../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../test/support/app.ts";

const nul = "Hej\u0000då";
const loneSurrogate = "Hej \ud800 då";

/**
 * Text PostgreSQL cannot store (U+0000, half a UTF-16 pair) and other hostile
 * input, on every kind of route: a 400 that names the field, never a 500, and
 * nothing stored.
 */
describe.each(testDatabaseKinds())("hostile input on %s", (kind) => {
  let t: TestApp;
  let county: { authorization: string };
  let local: { authorization: string };
  let centreId = "";
  let token = "";
  const now = new Date("2026-11-02T10:00:00+01:00");
  const instrument = findInstrument("besok_vuxen", 2026);
  const random = seededRandom(3);
  const adult = () => {
    if (!instrument) throw new Error("no instrument");
    return demoAnswers(instrument, { level: 0, yearsIn: 0 }, random);
  };

  beforeAll(async () => {
    t = await createTestApp(kind, {}, { clock: () => now });
    const db = t.database.db;
    centreId = (await makeCentre(db, { municipalityCode: "1280" })).id;
    await makePeriod(db, {
      regionCode: "12",
      kind: "besok_vuxen",
      year: 2026,
      opens: "2026-09-01",
      closes: "2026-12-15",
    });
    token = (await makeCollectionToken(db, centreId)).token;
    const user = await makeUser(db, "county_coordinator", [{ regionCode: "12" }]);
    county = await signIn(t.app, user.email, user.password);
    const coordinator = await makeUser(db, "local_coordinator", [{ centreId }]);
    local = await signIn(t.app, coordinator.email, coordinator.password);
  });
  afterAll(() => t.close());

  const cases: {
    what: string;
    method: "GET" | "POST" | "PUT";
    url: () => string;
    body?: () => object;
    field: string;
    /** The follow-up draft is the local coordinator's to save. */
    asLocal?: boolean;
  }[] = [
    {
      what: "a sign-in e-mail",
      method: "POST",
      url: () => "/api/auth/login",
      body: () => ({ email: nul, password: "x" }),
      field: "body.email",
    },
    {
      what: "a centre's name",
      method: "POST",
      url: () => "/api/centres",
      body: () => ({
        name: loneSurrogate,
        municipalityCode: "1280",
        kind: "familjecentral",
        baseServices: ["bhv"],
        activeFrom: "2026-01-01",
      }),
      field: "body.name",
    },
    {
      what: "a tablet's label",
      method: "POST",
      url: () => `/api/centres/${centreId}/kiosk-enrolments`,
      body: () => ({ label: nul }),
      field: "body.label",
    },
    {
      what: "an invited coordinator's name",
      method: "POST",
      url: () => `/api/centres/${centreId}/coordinators`,
      body: () => ({ email: "ny@example.se", displayName: loneSurrogate }),
      field: "body.displayName",
    },
    {
      what: "a report's text",
      method: "PUT",
      url: () => "/api/reports/regions/12/2026/chapters/sammanfattning",
      body: () => ({ text: nul, version: 0 }),
      field: "body.text",
    },
    {
      what: "a follow-up draft",
      method: "PUT",
      url: () => `/api/centres/${centreId}/follow-ups/2026/draft`,
      body: () => ({ version: 0, answers: { goda_exempel: loneSurrogate } }),
      field: "body.answers.goda_exempel",
      asLocal: true,
    },
    {
      what: "a results scope",
      method: "GET",
      url: () => "/api/results/besok_vuxen/2026?scope=centre%3A%00",
      field: "query.scope",
    },
    {
      what: "a visitor's free text",
      method: "POST",
      url: () => "/api/responses",
      body: () => ({
        id: randomUUID(),
        survey: "besok_vuxen",
        year: 2026,
        locale: "sv",
        answers: { ...adult(), bast: nul },
      }),
      field: "body.answers.bast",
    },
  ];

  it.each(cases)(
    "refuses U+0000 or half a UTF-16 pair in $what with 400 naming $field",
    async ({ method, url, body, field, asLocal }) => {
      const response = await t.app.inject({
        method,
        url: url(),
        headers: { ...(asLocal ? local : county), "x-collection-token": token },
        ...(body ? { payload: body() } : {}),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({
        error: "validation_failed",
        details: [expect.objectContaining({ field })],
      });
    },
  );

  it("refuses a draft with a key the follow-up does not have, or a value of the wrong kind, and stores nothing", async () => {
    const url = `/api/centres/${centreId}/follow-ups/2026/draft`;
    const unknown = await t.app.inject({
      method: "PUT",
      url,
      headers: local,
      payload: { version: 0, answers: { rubbish: 1 } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details).toEqual([{ field: "answers.rubbish", message: "finns inte i enkäten" }]);
    const shape = await t.app.inject({
      method: "PUT",
      url,
      headers: local,
      payload: { version: 0, answers: { goda_exempel: { deep: [1, 2, 3] } } },
    });
    expect(shape.statusCode).toBe(400);
    const stored = await t.app.inject({
      method: "GET",
      url: `/api/centres/${centreId}/follow-ups/2026`,
      headers: county,
    });
    expect(stored.json()).toMatchObject({ status: "not_started", version: 0 });
  });

  it("refuses JSON nested 5,000 levels deep with 400", async () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/centres/${centreId}/follow-ups/2026/draft`,
      headers: { ...local, "content-type": "application/json" },
      payload: `{"version":0,"answers":${deep}}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].message).toMatch(/nästlat för djupt/);
  });

  it("answers a URL it cannot route in the error shape", async () => {
    const response = await t.app.inject({ method: "GET", url: "/%c0%ae" });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: "bad_url", message: "Adressen är ogiltig.", details: [] });
  });

  it("stores every valid answer when the database refuses others in the same batch", async () => {
    const db = t.database.db;
    await db.execute(
      sql`alter table responses add constraint refuse_marker check (answers::text not like '%Kanelbulle%')`,
    );
    try {
      const before = (await db.select().from(responses)).length;
      const payloads = Array.from({ length: 160 }, (_, i) => ({
        id: randomUUID(),
        survey: "besok_vuxen",
        year: 2026,
        locale: "sv",
        answers: { ...adult(), bast: i % 4 === 3 ? `Kanelbulle ${i}` : `Fint ${i}` },
      }));
      const statuses = await Promise.all(
        payloads.map((payload) =>
          t.app
            .inject({ method: "POST", url: "/api/responses", headers: { "x-collection-token": token }, payload })
            .then((r) => r.statusCode),
        ),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(120);
      expect(statuses.filter((s) => s === 500)).toHaveLength(40);
      expect((await db.select().from(responses)).length - before).toBe(120);
    } finally {
      await db.execute(sql`alter table responses drop constraint refuse_marker`);
    }
  });
});

describe("a production start", () => {
  it("serves no API documentation unless asked to", async () => {
    const t = await createTestApp("pglite", { env: "production", apiDocs: false });
    try {
      expect((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).statusCode).toBe(404);
      expect((await t.app.inject({ method: "GET", url: "/api/docs" })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
