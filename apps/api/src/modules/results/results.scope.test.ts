import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/**
 * Every results route for every role: what each may see. A place outside the
 * caller's scope answers 404 (it does not exist to them), a role the route is
 * not for 403, nobody signed in 401. Comparison upwards is allowed (a local
 * coordinator sees their municipality and region); listing parts only inside
 * one's own area; free text only to coordinators of the place.
 */
type Who = "admin" | "county" | "otherCounty" | "local" | "reader" | "municipalReader" | "nobody";
const everyone: Who[] = ["admin", "county", "otherCounty", "local", "reader", "municipalReader", "nobody"];

describe.each(testDatabaseKinds())("who may read which results on %s", (kind) => {
  let t: TestApp;
  let malmo: string;
  let lund: string;
  const headers: Partial<Record<Who, { authorization: string }>> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    malmo = (await makeCentre(db, { municipalityCode: "1280" })).id;
    lund = (await makeCentre(db, { municipalityCode: "1281" })).id;
    const users = {
      admin: await makeUser(db, "admin"),
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      otherCounty: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: malmo }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
      municipalReader: await makeUser(db, "reader", [{ municipalityCode: "1281" }]),
    };
    for (const [who, user] of Object.entries(users))
      headers[who as Who] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  /** Expected status per caller; whoever is not listed gets the `otherwise` status. */
  const table: { route: string; url: () => string; ok: Who[]; otherwise?: Partial<Record<Who, number>> }[] = [
    {
      route: "a centre's overview",
      url: () => `/api/results/besok_vuxen/2026?scope=centre:${malmo}`,
      ok: ["admin", "county", "local", "reader"],
    },
    {
      route: "another centre's overview, for the local coordinator",
      url: () => `/api/results/besok_vuxen/2026?scope=centre:${lund}`,
      ok: ["admin", "county", "reader", "municipalReader"],
    },
    {
      route: "the municipality above one's centre",
      url: () => "/api/results/spindel/2026?scope=municipality:1280",
      ok: ["admin", "county", "local", "reader"],
    },
    {
      route: "the region above one's municipality",
      url: () => "/api/results/besok_barn/2026?scope=region:12",
      ok: ["admin", "county", "local", "reader", "municipalReader"],
    },
    {
      route: "all regions together",
      url: () => "/api/results/besok_vuxen/2026?scope=all",
      ok: ["admin", "county", "otherCounty", "local", "reader", "municipalReader"],
    },
    {
      route: "a trend of a centre",
      url: () => `/api/results/besok_vuxen/trend?scope=centre:${malmo}`,
      ok: ["admin", "county", "local", "reader"],
    },
    {
      route: "the parts of a region",
      url: () => "/api/results/besok_vuxen/2026/parts?scope=region:12",
      ok: ["admin", "county", "reader"],
    },
    {
      route: "the parts of a municipality",
      url: () => "/api/results/besok_vuxen/2026/parts?scope=municipality:1281",
      ok: ["admin", "county", "reader", "municipalReader"],
    },
    {
      route: "the regions side by side",
      url: () => "/api/results/besok_vuxen/2026/parts?scope=all",
      ok: ["admin", "county", "otherCounty"],
    },
    {
      route: "the region's quality follow-up figures",
      url: () => "/api/results/kvalitetsuppfoljning/2026?scope=region:12",
      ok: ["admin", "county", "local", "reader", "municipalReader"],
    },
    {
      route: "another centre's quality follow-up figures, for the local coordinator",
      url: () => `/api/results/kvalitetsuppfoljning/2026?scope=centre:${lund}`,
      ok: ["admin", "county", "reader", "municipalReader"],
    },
    {
      route: "a centre's free text",
      url: () => `/api/results/besok_vuxen/2026/comments?centre=${malmo}`,
      ok: ["admin", "county", "local"],
      otherwise: { reader: 403, municipalReader: 403 },
    },
  ];

  const cases = table.flatMap((row) => everyone.map((who) => ({ ...row, who })));
  it.each(cases)("$route: $who", async ({ url, ok, otherwise, who }) => {
    const expected = who === "nobody" ? 401 : ok.includes(who) ? 200 : (otherwise?.[who] ?? 404);
    const response = await t.app.inject({ method: "GET", url: url(), headers: headers[who] ?? {} });
    expect(response.statusCode, response.body).toBe(expected);
    if (expected !== 200) expect(Object.keys(response.json()).sort()).toEqual(["details", "error", "message"]);
  });

  it("refuses a malformed scope with 400 saying which parameter is wrong", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/results/besok_vuxen/2026?scope=kommun:Malmö",
      headers: headers.admin,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].field).toBe("querystring.scope");
  });

  it("refuses an unknown survey with 400", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/results/okand_enkat/2026?scope=all",
      headers: headers.admin,
    });
    expect(response.statusCode).toBe(400);
  });
});
