import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("security events in the audit log on %s", (kind) => {
  let t: TestApp;
  let skane: { authorization: string };
  let jonkoping: { authorization: string };
  let malmo = "";
  let local: { id: string; email: string; password: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    malmo = (await makeCentre(db, { municipalityCode: "1280" })).id;
    const vetlanda = (await makeCentre(db, { municipalityCode: "0685" })).id;
    local = await makeUser(db, "local_coordinator", [{ centreId: malmo }, { centreId: vetlanda }]);
    const county = await makeUser(db, "county_coordinator", [{ regionCode: "12" }]);
    const other = await makeUser(db, "county_coordinator", [{ regionCode: "06" }]);
    skane = await signIn(t.app, county.email, county.password);
    jonkoping = await signIn(t.app, other.email, other.password);
  });
  afterAll(() => t.close());

  const log = async (region: string, headers: { authorization: string }, kind = "") => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/regions/${region}/audit-log?year=${new Date().getFullYear()}${kind ? `&kind=${kind}` : ""}`,
      headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ entries: { action: string }[] }>().entries.map((e) => e.action);
  };

  it("logs a coordinator's sign-in and failed sign-in in each region of their centres", async () => {
    await signIn(t.app, local.email, local.password);
    await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: local.email, password: "fel" } });
    for (const [region, headers] of [
      ["12", skane],
      ["06", jonkoping],
    ] as const) {
      await expect.poll(() => log(region, headers)).toContain("auth.sign_in");
      await expect.poll(() => log(region, headers)).toContain("auth.sign_in_failed");
    }
  });

  it("logs a new PIN, a new link and a revoked link in the centre's region, and filters by kind", async () => {
    const pin = await t.app.inject({
      method: "PUT",
      url: `/api/centres/${malmo}/kiosk-pin`,
      headers: skane,
      payload: { pin: "482915" },
    });
    expect(pin.statusCode).toBe(204);
    const link = await t.app.inject({
      method: "POST",
      url: `/api/centres/${malmo}/links`,
      headers: skane,
      payload: { audience: "visitors" },
    });
    const tokens = await t.app.inject({
      method: "GET",
      url: `/api/centres/${malmo}/collection-tokens`,
      headers: skane,
    });
    const tokenId = tokens.json<{ tokens: { id: string }[] }>().tokens[0]?.id;
    const revoked = await t.app.inject({
      method: "POST",
      url: `/api/centres/${malmo}/collection-tokens/${tokenId}/revoke`,
      headers: skane,
    });
    expect([link.statusCode, revoked.statusCode]).toEqual([201, 204]);

    const security = await log("12", skane, "security");
    expect(security).toEqual(
      expect.arrayContaining([
        "collection.pin_set",
        "collection.link_created",
        "collection.token_revoked",
        "auth.sign_in",
      ]),
    );
    expect(await log("12", skane, "follow_up")).toEqual([]);
    expect(await log("06", jonkoping, "security")).not.toContain("collection.pin_set");
  });

  it("refuses a kind the log does not have", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/regions/12/audit-log?year=2026&kind=everything",
      headers: skane,
    });
    expect(response.statusCode).toBe(400);
  });
});
