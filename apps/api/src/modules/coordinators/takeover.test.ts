import { auditLog, eq } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/**
 * One region must never take over an account of another through the invite
 * flow: the whole invite / attach / new-link matrix across Skåne and Jönköping.
 */
describe.each(testDatabaseKinds())("invites across two regions on %s", (kind) => {
  let t: TestApp;
  const centre: Record<string, string> = {};
  const as: Record<string, { authorization: string }> = {};
  const pending = { email: "vantar@skane.example", displayName: "Vera Väntar" };
  let pendingId = "";
  let firstLink = "";

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    for (const [name, municipalityCode] of [
      ["malmo", "1280"],
      ["lund", "1281"],
      ["jonkoping", "0680"],
    ] as const)
      centre[name] = (await makeCentre(db, { municipalityCode })).id;
    const users = {
      skane: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      jonkoping: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      admin: await makeUser(db, "admin"),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
    const invited = await call("skane", "POST", `/api/centres/${centre.malmo}/coordinators`, pending);
    expect(invited.statusCode).toBe(201);
    pendingId = invited.json().userId;
    firstLink = invited.json().invite.path.split("#")[1];
  });
  afterAll(() => t.close());

  const call = (who: string, method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const lookup = (token: string) => t.app.inject({ method: "POST", url: "/api/invites/lookup", payload: { token } });
  const logOf = async (region: string) =>
    (await t.database.db.select().from(auditLog).where(eq(auditLog.regionCode, region))).map((e) => e.action);

  it("refuses another region's county coordinator who invites the e-mail of a pending invitee", async () => {
    const response = await call("jonkoping", "POST", `/api/centres/${centre.jonkoping}/coordinators`, pending);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: "coordinator_in_other_region", details: [{ field: "body.email" }] });
    expect((await lookup(firstLink)).statusCode).toBe(200);
    expect(await logOf("06")).not.toContain("coordinator.attach");
  });

  it("gives no new link to someone whose scope does not hold the person's centres", async () => {
    const response = await call(
      "jonkoping",
      "POST",
      `/api/centres/${centre.jonkoping}/coordinators/${pendingId}/invite`,
    );
    expect(response.statusCode).toBe(404);
    expect((await lookup(firstLink)).statusCode).toBe(200);
  });

  it("lets the same region give its coordinator another centre, and logs it", async () => {
    const response = await call("skane", "POST", `/api/centres/${centre.lund}/coordinators`, pending);
    expect(response.statusCode).toBe(201);
    expect(response.json().invite).toBeNull();
    expect(await logOf("12")).toContain("coordinator.attach");
  });

  it("lets an administrator attach across regions, logged in both, and then only the administrator makes a new link", async () => {
    const attached = await call("admin", "POST", `/api/centres/${centre.jonkoping}/coordinators`, pending);
    expect(attached.statusCode).toBe(201);
    expect(await logOf("06")).toContain("coordinator.attach");
    expect((await logOf("12")).filter((a) => a === "coordinator.attach")).toHaveLength(2);

    const byJonkoping = await call(
      "jonkoping",
      "POST",
      `/api/centres/${centre.jonkoping}/coordinators/${pendingId}/invite`,
    );
    expect(byJonkoping.statusCode).toBe(403);
    const bySkane = await call("skane", "POST", `/api/centres/${centre.malmo}/coordinators/${pendingId}/invite`);
    expect(bySkane.statusCode).toBe(403);
    expect((await lookup(firstLink)).statusCode).toBe(200);

    const byAdmin = await call("admin", "POST", `/api/centres/${centre.malmo}/coordinators/${pendingId}/invite`);
    expect(byAdmin.statusCode).toBe(201);
    expect((await lookup(firstLink)).statusCode).toBe(404);
    expect(await logOf("12")).toContain("coordinator.reinvite");
    expect(await logOf("06")).toContain("coordinator.reinvite");
  });

  it("refuses another region's county coordinator who invites an active coordinator's e-mail", async () => {
    const active = { email: "aktiv@skane.example", displayName: "Anna Aktiv" };
    const invited = await call("skane", "POST", `/api/centres/${centre.malmo}/coordinators`, active);
    const token = invited.json().invite.path.split("#")[1];
    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/invites/accept",
      payload: { token, password: "ett långt och bra lösenord" },
    });
    expect(accepted.statusCode).toBe(200);
    const response = await call("jonkoping", "POST", `/api/centres/${centre.jonkoping}/coordinators`, active);
    expect(response.statusCode).toBe(409);
    const signedIn = await signIn(t.app, active.email, "ett långt och bra lösenord");
    const centres = await t.app.inject({ method: "GET", url: "/api/centres", headers: signedIn });
    expect(centres.json().centres.map((c: { id: string }) => c.id)).toEqual([centre.malmo]);
  });
});
