import { auditLog, eq } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

const strongPassword = "Vintereken vid Ringsjön 2026";

/** The user administration: who may create, move, deactivate and relink whom, and that every step is logged where it lands. */
describe.each(testDatabaseKinds())("user administration on %s", (kind) => {
  let t: TestApp;
  const as: Record<string, { authorization: string }> = {};
  const ids: Record<string, string> = {};
  const centre: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    centre.malmo = (await makeCentre(db, { municipalityCode: "1280" })).id;
    centre.lund = (await makeCentre(db, { municipalityCode: "1281" })).id;
    centre.jonkoping = (await makeCentre(db, { municipalityCode: "0680" })).id;
    const users = {
      admin: await makeUser(db, "admin"),
      skane: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      jonkoping: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: centre.malmo as string }]),
      reader: await makeUser(db, "reader", [{ municipalityCode: "1281" }]),
    };
    for (const [name, user] of Object.entries(users)) {
      ids[name] = user.id;
      as[name] = await signIn(t.app, user.email, user.password);
    }
  });
  afterAll(() => t.close());

  const call = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const logOf = async (region: string) =>
    (await t.database.db.select().from(auditLog).where(eq(auditLog.regionCode, region))).map((e) => e.action);
  const acceptLink = (path: string, password = strongPassword) =>
    t.app.inject({ method: "POST", url: "/api/invites/accept", payload: { token: path.split("#")[1], password } });

  it("lets an administrator create a county coordinator who sets a password by the link and signs in with the region in scope", async () => {
    const created = await call("admin", "POST", "/api/users", {
      email: "Ny.Lanssamordnare@Orebro.example",
      displayName: "Nora Länssamordnare",
      role: "county_coordinator",
      regionCode: "18",
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      mailed: false,
      user: { email: "ny.lanssamordnare@orebro.example", status: "invited", scope: [{ type: "region", id: "18" }] },
    });
    expect((await acceptLink(body.link.path)).statusCode).toBe(200);
    const session = await signIn(t.app, "ny.lanssamordnare@orebro.example", strongPassword);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: session });
    expect(me.json()).toMatchObject({ role: "county_coordinator" });
    expect(await logOf("18")).toContain("user.created");
  });

  it("lists for a county coordinator only the readers and local coordinators that touch their region", async () => {
    const list = (await call("skane", "GET", "/api/users")).json();
    const emails = list.users.map((u: { id: string }) => u.id);
    expect(emails).toContain(ids.local);
    expect(emails).toContain(ids.reader);
    expect(emails).not.toContain(ids.jonkoping);
    expect(emails).not.toContain(ids.admin);
    expect(list.creatableRoles).toEqual(["reader"]);
    const jonkopingSees = (await call("jonkoping", "GET", "/api/users")).json().users.map((u: { id: string }) => u.id);
    expect(jonkopingSees).not.toContain(ids.local);
  });

  it("refuses what a county coordinator may not do, with the reason", async () => {
    const asCounty = (role: string, regionCode: string) =>
      call("skane", "POST", "/api/users", {
        email: `x.${role}.${regionCode}@test.example`,
        displayName: "X Y",
        role,
        regionCode,
      });
    expect((await asCounty("county_coordinator", "12")).statusCode).toBe(403);
    const otherRegion = await asCounty("reader", "06");
    expect(otherRegion.statusCode).toBe(400);
    expect(otherRegion.json()).toMatchObject({ error: "invalid_scope", details: [{ field: "body.regionCode" }] });
    const mixed = await call("skane", "POST", "/api/users", {
      email: "y@test.example",
      displayName: "Y Y",
      role: "reader",
      regionCode: "12",
      municipalityCode: "1280",
    });
    expect(mixed.statusCode).toBe(400);
    expect((await call("local", "GET", "/api/users")).statusCode).toBe(403);
    // Another region's users look like nobody.
    expect((await call("jonkoping", "POST", `/api/users/${ids.local}/deactivate`)).statusCode).toBe(404);
    expect((await call("jonkoping", "PUT", `/api/users/${ids.reader}/scope`, { regionCode: "06" })).statusCode).toBe(
      404,
    );
  });

  it("refuses a local coordinator's centres in two regions unless an administrator does it, and logs a move in both regions", async () => {
    const across = { centreIds: [centre.malmo, centre.jonkoping] };
    const refused = await call("skane", "PUT", `/api/users/${ids.local}/scope`, across);
    expect(refused.statusCode).toBe(400);
    const byAdmin = await call("admin", "PUT", `/api/users/${ids.local}/scope`, across);
    expect(byAdmin.statusCode).toBe(200);
    expect(
      byAdmin
        .json()
        .scope.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([centre.jonkoping, centre.malmo].sort());
    // Now that the account lies partly in Jönköping, Skåne alone may no longer act on it.
    expect((await call("skane", "POST", `/api/users/${ids.local}/link`)).statusCode).toBe(404);
    const back = await call("admin", "PUT", `/api/users/${ids.local}/scope`, { centreIds: [centre.lund] });
    expect(back.statusCode).toBe(200);
    expect(await logOf("06")).toContain("user.scope_changed");
    expect(await logOf("12")).toContain("user.scope_changed");
  });

  it("ends every session at deactivation, refuses the password and every link, and revives no old session on reactivation", async () => {
    const db = t.database.db;
    const person = await makeUser(db, "reader", [{ regionCode: "12" }]);
    const session = await signIn(t.app, person.email, person.password);
    const me = () => t.app.inject({ method: "GET", url: "/api/auth/me", headers: session });
    expect((await me()).statusCode).toBe(200);
    const reset = (await call("skane", "POST", `/api/users/${person.id}/link`)).json();
    expect(reset.link.path).toMatch(/^\/nytt-losenord#/);

    const deactivated = await call("skane", "POST", `/api/users/${person.id}/deactivate`);
    expect(deactivated.json()).toMatchObject({ status: "deactivated" });
    expect((await me()).statusCode).toBe(401);
    expect((await acceptLink(reset.link.path)).statusCode).toBe(404);
    const signInAgain = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: person.email, password: person.password },
    });
    expect(signInAgain.statusCode).toBe(401);
    expect((await call("skane", "POST", `/api/users/${person.id}/link`)).json()).toMatchObject({
      error: "deactivated",
    });

    const reactivated = await call("skane", "POST", `/api/users/${person.id}/reactivate`);
    expect(reactivated.json()).toMatchObject({ status: "active" });
    expect((await me()).statusCode).toBe(401);
    await signIn(t.app, person.email, person.password);
    const log = await logOf("12");
    expect(log).toEqual(expect.arrayContaining(["user.reset_link", "user.deactivated", "user.reactivated"]));
  });

  it("keeps the last administrator and one's own account out of reach", async () => {
    expect((await call("admin", "POST", `/api/users/${ids.admin}/deactivate`)).json()).toMatchObject({
      error: "own_account",
    });
    const taken = await call("admin", "POST", "/api/users", {
      email: (await t.database.db.query.users.findFirst({ where: (u, { eq: is }) => is(u.id, ids.skane as string) }))
        ?.email,
      displayName: "Dubblett",
      role: "reader",
      regionCode: "12",
    });
    expect(taken.statusCode).toBe(409);
  });
});
