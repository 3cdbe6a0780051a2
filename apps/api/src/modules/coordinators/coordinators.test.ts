import { auditLog, eq, invites } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("inviting local coordinators on %s", (kind) => {
  let t: TestApp;
  let centre: { id: string };
  let second: { id: string };
  let elsewhere: { id: string };
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    centre = await makeCentre(db, { municipalityCode: "1280" });
    second = await makeCentre(db, { municipalityCode: "1281" });
    elsewhere = await makeCentre(db, { municipalityCode: "0680" });
    const users = {
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: centre.id }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const call = (who: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const tokenOf = (path: string) => path.split("#")[1] ?? "";
  const person = { email: "Ny.Samordnare@Malmo.se", displayName: "Nora Samordnare" };

  it("invites a new coordinator, who sets a password through the one-time link and signs in", async () => {
    const invited = await call("county", "POST", `/api/centres/${centre.id}/coordinators`, person);
    expect(invited.statusCode).toBe(201);
    const { invite } = invited.json();
    expect(invite.path).toMatch(/^\/inbjudan#[\w-]{40,}$/);

    const listed = (await call("county", "GET", `/api/centres/${centre.id}/coordinators`)).json().coordinators;
    expect(listed).toContainEqual(
      expect.objectContaining({ email: "ny.samordnare@malmo.se", active: false, invitedUntil: invite.expiresAt }),
    );
    const beforeAccepting = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: person.email, password: "!invited" },
    });
    expect(beforeAccepting.statusCode).toBe(401);

    const token = tokenOf(invite.path);
    const lookup = await t.app.inject({ method: "POST", url: "/api/invites/lookup", payload: { token } });
    expect(lookup.json()).toEqual({ email: "ny.samordnare@malmo.se", displayName: "Nora Samordnare" });
    const accept = (password: string) =>
      t.app.inject({ method: "POST", url: "/api/invites/accept", payload: { token, password } });
    expect((await accept("kort")).statusCode).toBe(400);
    // Twelve spaces, or a short word padded with spaces, are no password.
    expect((await accept(" ".repeat(12))).statusCode).toBe(400);
    expect((await accept("   kort     ")).statusCode).toBe(400);
    expect((await accept("ett långt och bra lösenord")).statusCode).toBe(200);
    expect((await accept("ett annat långt lösenord")).json().error).toBe("invalid_invite");

    const signedIn = await signIn(t.app, person.email, "ett långt och bra lösenord");
    const centres = await t.app.inject({ method: "GET", url: "/api/centres", headers: signedIn });
    expect(centres.json().centres.map((c: { id: string }) => c.id)).toEqual([centre.id]);
  });

  it("gives an existing coordinator one more centre without a new invite", async () => {
    const added = await call("county", "POST", `/api/centres/${second.id}/coordinators`, person);
    expect(added.json().invite).toBeNull();
    const again = await call("county", "POST", `/api/centres/${second.id}/coordinators`, person);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe("already_coordinator");
  });

  it("refuses an e-mail that belongs to someone with another role", async () => {
    const county = await makeUser(t.database.db, "county_coordinator", [{ regionCode: "12" }]);
    const response = await call("county", "POST", `/api/centres/${centre.id}/coordinators`, {
      email: county.email,
      displayName: "Någon",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe("email_in_use");
  });

  it("replaces an open invite with a new link, and the old one stops working", async () => {
    const first = (
      await call("county", "POST", `/api/centres/${centre.id}/coordinators`, {
        email: "sen@malmo.se",
        displayName: "Sen Person",
      })
    ).json();
    const renewed = await call("county", "POST", `/api/centres/${centre.id}/coordinators/${first.userId}/invite`);
    expect(renewed.statusCode).toBe(201);
    const lookup = (path: string) =>
      t.app.inject({ method: "POST", url: "/api/invites/lookup", payload: { token: tokenOf(path) } });
    expect((await lookup(first.invite.path)).statusCode).toBe(404);
    expect((await lookup(renewed.json().invite.path)).statusCode).toBe(200);
  });

  it("refuses an expired invite", async () => {
    const { invite, userId } = (
      await call("county", "POST", `/api/centres/${centre.id}/coordinators`, {
        email: "gammal@malmo.se",
        displayName: "Gammal Länk",
      })
    ).json();
    await t.database.db
      .update(invites)
      .set({ expiresAt: new Date("2020-01-01") })
      .where(eq(invites.userId, userId));
    const response = await t.app.inject({
      method: "POST",
      url: "/api/invites/accept",
      payload: { token: tokenOf(invite.path), password: "ett långt och bra lösenord" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/gått ut/);
  });

  it("takes a centre from a coordinator, logged, and the other centre stays", async () => {
    const listed = (await call("county", "GET", `/api/centres/${centre.id}/coordinators`)).json().coordinators;
    const nora = listed.find((c: { email: string }) => c.email === "ny.samordnare@malmo.se");
    expect((await call("county", "DELETE", `/api/centres/${centre.id}/coordinators/${nora.id}`)).statusCode).toBe(204);
    expect((await call("county", "DELETE", `/api/centres/${centre.id}/coordinators/${nora.id}`)).statusCode).toBe(404);
    const remaining = (await call("county", "GET", `/api/centres/${second.id}/coordinators`)).json().coordinators;
    expect(remaining.map((c: { id: string }) => c.id)).toContain(nora.id);
    const actions = (await t.database.db.select().from(auditLog)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "coordinator.invite",
        "coordinator.attach",
        "coordinator.reinvite",
        "coordinator.detach",
      ]),
    );
  });

  it.each([
    ["local", 403],
    ["reader", 403],
  ])("does not let a %s manage coordinators", async (who, status) => {
    expect((await call(who, "GET", `/api/centres/${centre.id}/coordinators`)).statusCode).toBe(status);
    expect((await call(who, "POST", `/api/centres/${centre.id}/coordinators`, person)).statusCode).toBe(status);
  });

  it("answers 404 for a centre in another region", async () => {
    expect((await call("county", "GET", `/api/centres/${elsewhere.id}/coordinators`)).statusCode).toBe(404);
    expect((await call("county", "POST", `/api/centres/${elsewhere.id}/coordinators`, person)).statusCode).toBe(404);
  });
});
