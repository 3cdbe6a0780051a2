import type { FollowUpFigures } from "@fcs/contracts";
import { auditLog, eq } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/** A year that has not begun, and one that has: tests hold whatever year they run in. */
const coming = new Date().getFullYear() + 1;
const begun = new Date().getFullYear() - 1;

interface GuidelineSet {
  status: string;
  version: number;
  editable: boolean;
  source: string;
  rules: { id: string; text: string; check: Record<string, unknown> }[];
  questions: { key: string }[];
  sets: { year: number; status: string }[];
}

describe.each(testDatabaseKinds())("a region's guideline rules kept in the interface on %s", (kind) => {
  let t: TestApp;
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const users = {
      county: await makeUser(t.database.db, "county_coordinator", [{ regionCode: "12" }]),
      otherCounty: await makeUser(t.database.db, "county_coordinator", [{ regionCode: "06" }]),
      reader: await makeUser(t.database.db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const url = (year = coming) => `/api/regions/12/guidelines/${year}`;
  const call = (who: string, method: "GET" | "PUT" | "POST", path: string, payload?: object) =>
    t.app.inject({ method, url: path, headers: as[who], ...(payload ? { payload } : {}) });
  const read = async () => {
    const response = await call("county", "GET", url());
    expect(response.statusCode, response.body).toBe(200);
    return response.json<GuidelineSet>();
  };

  it("starts a coming year from the rules in force, with the questions a rule can check", async () => {
    const set = await read();
    expect(set).toMatchObject({ status: "none", version: 0, editable: true, sets: [] });
    expect(set.source).toContain("Region Skåne");
    expect(set.rules.map((r) => r.id)).toContain("gemensamt_oppet_15");
    expect(set.questions.map((q) => q.key)).toContain("gemensamt_oppet_timmar");
    expect((await call("reader", "GET", url())).statusCode).toBe(403);
    expect((await call("otherCounty", "GET", url())).statusCode).toBe(404);
  });

  it("refuses a rule the year's follow-up cannot answer, says where, and stores nothing", async () => {
    const set = await read();
    const bad = [{ ...set.rules[0], check: { key: "finns_inte", is: true } }, ...set.rules.slice(1)];
    const refused = await call("county", "PUT", url(), { source: set.source, rules: bad, version: 0 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: "invalid_rules",
      details: [{ field: "body.rules.0.check", message: expect.stringContaining("finns_inte") }],
    });
    expect((await read()).status).toBe("none");
  });

  it("saves a draft, refuses a stale one, publishes it, and from then on it is the region's guideline that year", async () => {
    const set = await read();
    const rules = set.rules.map((r) =>
      r.id === "gemensamt_oppet_15"
        ? {
            ...r,
            text: "Gemensamt öppet minst 20 timmar i veckan",
            check: { key: "gemensamt_oppet_timmar", atLeast: 20 },
          }
        : r,
    );
    const saved = await call("county", "PUT", url(), { source: set.source, rules, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: "draft", version: 1 });
    const stale = await call("county", "PUT", url(), { source: set.source, rules, version: 0 });
    expect(stale.statusCode).toBe(409);
    // A draft is not in force.
    const figures = async () =>
      (
        await call("county", "GET", `/api/results/kvalitetsuppfoljning/${coming}?scope=region:12`)
      ).json<FollowUpFigures>();
    expect((await figures()).guideline?.rules.map((r) => r.text)).toContain("Gemensamt öppet minst 15 timmar i veckan");

    const published = await call("county", "POST", `${url()}/publish`, { version: 1 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      status: "published",
      editable: false,
      sets: [{ year: coming, status: "published" }],
    });
    expect((await figures()).guideline?.rules.map((r) => r.text)).toContain("Gemensamt öppet minst 20 timmar i veckan");
    // The year before keeps the rules that held then.
    const before = (
      await call("county", "GET", `/api/results/kvalitetsuppfoljning/${coming - 1}?scope=region:12`)
    ).json<FollowUpFigures>();
    expect(before.guideline?.rules.map((r) => r.text)).toContain("Gemensamt öppet minst 15 timmar i veckan");

    const again = await call("county", "PUT", url(), { source: set.source, rules, version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe("guideline_published");
    const log = await t.database.db.select().from(auditLog).where(eq(auditLog.regionCode, "12"));
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(["guideline.saved", "guideline.published"]));
  });

  it("never changes a year that has begun", async () => {
    const set = await read();
    const response = await call("county", "PUT", url(begun), { source: set.source, rules: set.rules, version: 0 });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe("year_begun");
  });
});
