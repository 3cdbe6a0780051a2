import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("centres in scope on %s", (kind) => {
  let t: TestApp;
  const centre: Record<string, { id: string }> = {};
  const headers: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    centre.malmo = await makeCentre(db, { municipalityCode: "1280" });
    centre.lund = await makeCentre(db, { municipalityCode: "1281" });
    centre.jonkoping = await makeCentre(db, { municipalityCode: "0680" });
    centre.orebro = await makeCentre(db, { municipalityCode: "1880" });
    centre.closed = await makeCentre(db, {
      municipalityCode: "1280",
      activeFrom: "2010-01-01",
      activeTo: "2015-12-31",
    });
    const users = {
      admin: await makeUser(db, "admin"),
      countySkane: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      countyJonkoping: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: centre.lund.id }]),
      readerMalmo: await makeUser(db, "reader", [{ municipalityCode: "1280" }]),
    };
    for (const [name, user] of Object.entries(users)) headers[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const list = async (who: string, query = "") => {
    const response = await t.app.inject({ method: "GET", url: `/api/centres${query}`, headers: headers[who] });
    expect(response.statusCode).toBe(200);
    return response
      .json<{ centres: { id: string }[] }>()
      .centres.map((c) => c.id)
      .sort();
  };
  const ids = (...names: string[]) => names.map((n) => centre[n]?.id).sort();

  it.each([
    ["admin", ["malmo", "lund", "jonkoping", "orebro"]],
    ["countySkane", ["malmo", "lund"]],
    ["countyJonkoping", ["jonkoping"]],
    ["local", ["lund"]],
    ["readerMalmo", ["malmo"]],
  ])("lists for %s exactly the active centres of its scope", async (who, expected) => {
    expect(await list(who)).toEqual(ids(...expected));
  });

  it("includes closed centres only when asked", async () => {
    expect(await list("readerMalmo", "?includeInactive=true")).toEqual(ids("malmo", "closed"));
  });

  it("cannot widen its scope with a filter", async () => {
    expect(await list("countySkane", "?region=06")).toEqual([]);
    expect(await list("local", "?municipality=1280")).toEqual([]);
  });

  it.each([
    ["countyJonkoping", "malmo"],
    ["local", "malmo"],
    ["readerMalmo", "lund"],
    ["countySkane", "orebro"],
  ])("answers 404 when %s asks for the %s centre outside its scope", async (who, target) => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/centres/${centre[target]?.id}`,
      headers: headers[who],
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe("not_found");
  });

  it("returns one centre in scope with municipality and region", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/centres/${centre.lund?.id}`,
      headers: headers.local,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      municipality: { code: "1281", name: "Lund" },
      region: { code: "12", name: "Skåne län" },
    });
  });

  it("refuses anonymous callers with 401", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/centres" });
    expect(response.statusCode).toBe(401);
  });
});
