import { auditLog, eq } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePeriod, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("collection periods on %s", (kind) => {
  let t: TestApp;
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    await makePeriod(t.database.db, {
      regionCode: "12",
      kind: "spindel",
      year: 2025,
      opens: "2025-09-01",
      closes: "2025-11-30",
    });
    const users = {
      county: await makeUser(t.database.db, "county_coordinator", [{ regionCode: "12" }]),
      otherCounty: await makeUser(t.database.db, "county_coordinator", [{ regionCode: "06" }]),
      local: await makeUser(t.database.db, "local_coordinator"),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const url = "/api/regions/12/periods/2026";
  const put = (who: string, periods: object[]) =>
    t.app.inject({ method: "PUT", url, headers: as[who], payload: { periods } });

  it("suggests last year's dates a year on for periods not set yet", async () => {
    const { periods } = (await t.app.inject({ method: "GET", url, headers: as.county })).json();
    expect(periods).toContainEqual({ kind: "spindel", opens: "2026-09-01", closes: "2026-11-30", suggested: true });
    expect(periods).toContainEqual({ kind: "besok_barn", opens: null, closes: null, suggested: true });
    // The follow-up counts the whole year: it is suggested for the quarter after it.
    expect(periods).toContainEqual({
      kind: "kvalitetsuppfoljning",
      opens: "2027-01-15",
      closes: "2027-03-31",
      suggested: true,
    });
  });

  it("sets periods and logs each change with the dates before and after", async () => {
    const first = await put("county", [{ kind: "besok_vuxen", opens: "2026-09-15", closes: "2026-10-31" }]);
    expect(first.statusCode).toBe(200);
    expect(first.json().periods).toContainEqual({
      kind: "besok_vuxen",
      opens: "2026-09-15",
      closes: "2026-10-31",
      suggested: false,
    });
    await put("county", [{ kind: "besok_vuxen", opens: "2026-09-15", closes: "2026-11-15" }]);
    const logged = await t.database.db.select().from(auditLog).where(eq(auditLog.action, "period.set"));
    expect(logged.map((row) => row.details)).toEqual([
      { year: 2026, kind: "besok_vuxen", before: null, after: { opens: "2026-09-15", closes: "2026-10-31" } },
      {
        year: 2026,
        kind: "besok_vuxen",
        before: { opens: "2026-09-15", closes: "2026-10-31" },
        after: { opens: "2026-09-15", closes: "2026-11-15" },
      },
    ]);
  });

  it("lets the region's county coordinator, and nobody else, read the changes in the audit log", async () => {
    const log = (who: string, region = "12") =>
      t.app.inject({ method: "GET", url: `/api/regions/${region}/audit-log?year=2026`, headers: as[who] });
    const own = await log("county");
    expect(own.statusCode).toBe(200);
    expect(own.json().entries[0]).toMatchObject({
      action: "period.set",
      by: "Test county_coordinator",
      centre: null,
      details: { kind: "besok_vuxen", after: { closes: "2026-11-15" } },
    });
    expect((await log("otherCounty")).statusCode).toBe(404);
    expect((await log("local")).statusCode).toBe(403);
    expect((await log("county", "99")).statusCode).toBe(404);
  });

  it("refuses a period that closes before it opens, or lies in another year", async () => {
    const response = await put("county", [
      { kind: "besok_barn", opens: "2026-10-01", closes: "2026-09-01" },
      { kind: "spindel", opens: "2024-09-01", closes: "2024-10-01" },
      { kind: "kvalitetsuppfoljning", opens: "2027-05-01", closes: "2027-08-31" },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      { field: "body.periods.0", message: "Besöksenkäten för barn stänger före den öppnar" },
      { field: "body.periods.1", message: "Spindelmätningen ska ligga under verksamhetsåret 2026" },
      { field: "body.periods.2", message: "Kvalitetsuppföljningen ska ligga under 2026 eller första halvåret 2027" },
    ]);
    const after = await put("county", [{ kind: "kvalitetsuppfoljning", opens: "2027-01-15", closes: "2027-03-31" }]);
    expect(after.statusCode, after.body).toBe(200);
  });

  it.each([
    ["another region's county coordinator", "otherCounty", 404],
    ["a local coordinator", "local", 403],
  ])("refuses %s", async (_case, who, status) => {
    expect((await put(who, [{ kind: "spindel", opens: "2026-09-01", closes: "2026-10-01" }])).statusCode).toBe(status);
  });
});
