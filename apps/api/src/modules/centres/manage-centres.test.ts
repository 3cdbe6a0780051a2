import { auditLog, eq } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("managing a region's centres on %s", (kind) => {
  let t: TestApp;
  let jonkoping: { id: string };
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    jonkoping = await makeCentre(db, { municipalityCode: "0680" });
    const users = {
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: jonkoping.id }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const newCentre = {
    name: "Familjecentralen Solrosen",
    municipalityCode: "1281",
    kind: "familjecentral",
    baseServices: ["mhv", "bhv", "oppen_forskola", "socialtjanst"],
    activeFrom: "2026-01-01",
  };
  const create = (who: string, body: object) =>
    t.app.inject({ method: "POST", url: "/api/centres", headers: as[who], payload: body });
  const update = (who: string, id: string, body: object) =>
    t.app.inject({ method: "PATCH", url: `/api/centres/${id}`, headers: as[who], payload: body });

  it("creates a centre in the county coordinator's region, logged", async () => {
    const created = await create("county", newCentre);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: "Familjecentralen Solrosen",
      municipality: { code: "1281", name: "Lund" },
      region: { code: "12" },
      otherPartners: [],
      activeTo: null,
    });
    const [logged] = await t.database.db.select().from(auditLog).where(eq(auditLog.centreId, created.json().id));
    expect(logged).toMatchObject({ action: "centre.create", regionCode: "12" });
  });

  it.each([
    ["a municipality in another region", { ...newCentre, municipalityCode: "0680" }, "body.municipalityCode"],
    ["a municipality that does not exist", { ...newCentre, municipalityCode: "9999" }, "body.municipalityCode"],
    ["an unknown base service", { ...newCentre, baseServices: ["bibliotek"] }, "body.baseServices.0"],
    ["a one-letter name", { ...newCentre, name: "A" }, "body.name"],
  ])("refuses %s with a 400 that names the field", async (_case, body, field) => {
    const before = (await t.app.inject({ method: "GET", url: "/api/centres", headers: as.county })).json().centres;
    const response = await create("county", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.map((d: { field: string }) => d.field)).toContain(field);
    const after = (await t.app.inject({ method: "GET", url: "/api/centres", headers: as.county })).json().centres;
    expect(after).toHaveLength(before.length);
  });

  it("edits, deactivates and reactivates a centre, logging the values before", async () => {
    const { id } = (await create("county", { ...newCentre, name: "Familjecentralen Blåklinten" })).json();
    expect((await update("county", id, { name: "Familjecentralen Blåklockan" })).json().name).toBe(
      "Familjecentralen Blåklockan",
    );
    expect((await update("county", id, { activeTo: "2026-06-30" })).json().activeTo).toBe("2026-06-30");
    const listed = (await t.app.inject({ method: "GET", url: "/api/centres", headers: as.county })).json().centres;
    expect(listed.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await update("county", id, { activeTo: null })).json().activeTo).toBeNull();

    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.centreId, id));
    expect(entries.find((e) => e.action === "centre.update")?.details).toEqual({
      before: { name: "Familjecentralen Blåklinten" },
      after: { name: "Familjecentralen Blåklockan" },
    });
  });

  it("refuses an end date before the start", async () => {
    const { id } = (await create("county", newCentre)).json();
    const response = await update("county", id, { activeTo: "2025-12-31" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe("invalid_dates");
  });

  it.each([
    ["a local coordinator", "local", 403],
    ["a reader", "reader", 403],
  ])("does not let %s create or edit centres", async (_who, who, status) => {
    expect((await create(who, newCentre)).statusCode).toBe(status);
    expect((await update(who, jonkoping.id, { name: "Nytt namn" })).statusCode).toBe(status);
  });

  it("lists the region's municipalities for placing a centre, and no other region's", async () => {
    const own = await t.app.inject({ method: "GET", url: "/api/regions/12/municipalities", headers: as.county });
    expect(own.json().municipalities).toHaveLength(33);
    expect(own.json().municipalities[0]).toEqual({ code: "1260", name: "Bjuv" });
    const other = await t.app.inject({ method: "GET", url: "/api/regions/06/municipalities", headers: as.county });
    expect(other.statusCode).toBe(404);
    const local = await t.app.inject({ method: "GET", url: "/api/regions/12/municipalities", headers: as.local });
    expect(local.statusCode).toBe(403);
  });

  it("answers 404 for a centre in another region", async () => {
    expect((await update("county", jonkoping.id, { name: "Nytt namn" })).statusCode).toBe(404);
  });
});
