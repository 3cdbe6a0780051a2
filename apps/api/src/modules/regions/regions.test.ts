import { auditLog, eq, guidelineSets, users } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/** Every region of Sweden is there; an administrator switches one on and chooses its guideline. */
describe.each(testDatabaseKinds())("regions on %s", (kind) => {
  let t: TestApp;
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    const users = {
      admin: await makeUser(db, "admin"),
      skane: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const call = (who: string, method: "GET" | "PATCH", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const comparedRegions = async () =>
    (await call("admin", "GET", "/api/results/besok_vuxen/2026/parts?scope=all"))
      .json()
      .parts.map((p: { name: string }) => p.name);

  it("lists all 21 regions for an administrator and only their own for a county coordinator", async () => {
    const all = (await call("admin", "GET", "/api/regions")).json();
    expect(all.regions).toHaveLength(21);
    expect(all.regions.find((r: { code: string }) => r.code === "14")).toMatchObject({
      name: "Västra Götalands län",
      active: false,
      guideline: null,
      municipalities: 49,
    });
    expect(all.guidelines.map((g: { code: string }) => g.code).sort()).toEqual(["04", "06", "12", "18"]);
    const own = (await call("skane", "GET", "/api/regions")).json();
    expect(own.regions.map((r: { code: string }) => r.code)).toEqual(["12"]);
    expect(own.regions[0]).toMatchObject({ active: true, guideline: "12", municipalities: 33 });
  });

  it("brings a region switched on into the comparisons, and takes one switched off out, logged in that region", async () => {
    expect(await comparedRegions()).not.toContain("Stockholms län");
    const on = await call("admin", "PATCH", "/api/regions/01", { active: true });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ code: "01", active: true });
    expect(await comparedRegions()).toContain("Stockholms län");
    await call("admin", "PATCH", "/api/regions/01", { active: false });
    expect(await comparedRegions()).not.toContain("Stockholms län");
    const log = await t.database.db.select().from(auditLog).where(eq(auditLog.regionCode, "01"));
    expect(log.map((e) => e.action)).toEqual(["region.activated", "region.deactivated"]);
  });

  it("measures a region against the guideline it chooses, or none", async () => {
    const guidelineOfOrebro = async () =>
      (await call("admin", "GET", "/api/results/kvalitetsuppfoljning/2026?scope=region:18")).json().guideline;
    expect((await guidelineOfOrebro())?.source).toMatch(/Örebro/);
    await call("admin", "PATCH", "/api/regions/18", { guideline: "12" });
    expect((await guidelineOfOrebro())?.source).toMatch(/Skåne|Region Skåne|Vägledning/);
    await call("admin", "PATCH", "/api/regions/18", { guideline: null });
    expect(await guidelineOfOrebro()).toBeNull();
    await call("admin", "PATCH", "/api/regions/18", { guideline: "18" });
  });

  it("offers a region's published rule set as a guideline others may choose", async () => {
    const admin = (await t.database.db.select().from(users).where(eq(users.role, "admin")))[0];
    await t.database.db.insert(guidelineSets).values({
      regionCode: "01",
      year: 2026,
      status: "published",
      source: "Riktlinje för familjecentraler, Region Stockholm",
      rules: [],
      updatedBy: admin?.id as string,
      publishedAt: new Date(),
    });
    const { guidelines } = (await call("admin", "GET", "/api/regions")).json();
    expect(guidelines).toContainEqual({
      code: "01",
      source: "Riktlinje för familjecentraler, Region Stockholm",
      region: "Stockholms län",
    });
    expect((await call("admin", "PATCH", "/api/regions/14", { guideline: "01" })).statusCode).toBe(200);
    await call("admin", "PATCH", "/api/regions/14", { guideline: null });
  });

  it("refuses an unknown guideline, an empty change and a county coordinator", async () => {
    const unknown = await call("admin", "PATCH", "/api/regions/18", { guideline: "99" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: "unknown_guideline", details: [{ field: "body.guideline" }] });
    expect((await call("admin", "PATCH", "/api/regions/18", {})).statusCode).toBe(400);
    expect((await call("admin", "PATCH", "/api/regions/77", { active: true })).statusCode).toBe(404);
    expect((await call("skane", "PATCH", "/api/regions/12", { active: false })).statusCode).toBe(403);
  });
});
