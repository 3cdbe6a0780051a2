import { userScopes } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../test/support/app.ts";

/**
 * Every route of the coordinators' year, for every role, in and out of scope:
 * a role the route is not for gets 403, the right role outside its centre or
 * region gets 404 (another region's centres do not exist to it), nobody signed
 * in gets 401, and the right role in scope gets through.
 */
type Who = "admin" | "county" | "otherCounty" | "local" | "otherLocal" | "reader" | "nobody";
const roleOf: Record<Who, string> = {
  admin: "admin",
  county: "county_coordinator",
  otherCounty: "county_coordinator",
  local: "local_coordinator",
  otherLocal: "local_coordinator",
  reader: "reader",
  nobody: "",
};
const outOfScope: Who[] = ["otherCounty", "otherLocal"];

interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: () => string;
  body?: () => object;
  roles: string[];
  /** What the right role outside its scope gets, where that is not 404 (a body naming another region's municipality). */
  outOfScopeStatus?: number;
  before?: () => Promise<void>;
}

describe.each(testDatabaseKinds())("who may use the coordinators' year routes on %s", (kind) => {
  let t: TestApp;
  let centre: { id: string };
  let invitee: string;
  const headers: Partial<Record<Who, { authorization: string }>> = {};
  let emails = 0;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    centre = await makeCentre(db, { municipalityCode: "1280" });
    const elsewhere = await makeCentre(db, { municipalityCode: "0680" });
    const users: Record<Exclude<Who, "nobody">, Awaited<ReturnType<typeof makeUser>>> = {
      admin: await makeUser(db, "admin"),
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      otherCounty: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: centre.id }]),
      otherLocal: await makeUser(db, "local_coordinator", [{ centreId: elsewhere.id }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [who, user] of Object.entries(users))
      headers[who as Who] = await signIn(t.app, user.email, user.password);
    const invited = await t.app.inject({
      method: "POST",
      url: `/api/centres/${centre.id}/coordinators`,
      headers: headers.county,
      payload: { email: "inbjuden@test.local", displayName: "Inbjuden" },
    });
    invitee = invited.json().userId;
  });
  afterAll(() => t.close());

  const followUp =
    (step = "") =>
    () =>
      `/api/centres/${centre.id}/follow-ups/2026${step}`;
  const county = ["admin", "county_coordinator"];
  const routes: Record<string, Route> = {
    "read a follow-up": { method: "GET", url: followUp(), roles: [...county, "local_coordinator"] },
    "save a draft": {
      method: "PUT",
      url: followUp("/draft"),
      body: () => ({ version: 0, answers: {} }),
      roles: ["admin", "local_coordinator"],
    },
    submit: {
      method: "POST",
      url: followUp("/submit"),
      body: () => ({ version: 0 }),
      roles: ["admin", "local_coordinator"],
    },
    return: { method: "POST", url: followUp("/return"), body: () => ({ version: 0, comment: "x" }), roles: county },
    approve: { method: "POST", url: followUp("/approve"), body: () => ({ version: 0 }), roles: county },
    "read progress": { method: "GET", url: () => "/api/regions/12/progress?year=2026", roles: county },
    "read periods": { method: "GET", url: () => "/api/regions/12/periods/2026", roles: county },
    "set periods": {
      method: "PUT",
      url: () => "/api/regions/12/periods/2026",
      body: () => ({ periods: [{ kind: "spindel", opens: "2026-09-01", closes: "2026-11-30" }] }),
      roles: county,
    },
    "read the audit log": { method: "GET", url: () => "/api/regions/12/audit-log?year=2026", roles: county },
    "list municipalities": { method: "GET", url: () => "/api/regions/12/municipalities", roles: county },
    "create a centre": {
      method: "POST",
      url: () => "/api/centres",
      body: () => ({
        name: "Ny central",
        municipalityCode: "1280",
        kind: "familjecentral",
        baseServices: ["bhv"],
        activeFrom: "2026-01-01",
      }),
      roles: county,
      outOfScopeStatus: 400,
    },
    "edit a centre": {
      method: "PATCH",
      url: () => `/api/centres/${centre.id}`,
      body: () => ({ name: "Nytt namn" }),
      roles: county,
    },
    "list coordinators": { method: "GET", url: () => `/api/centres/${centre.id}/coordinators`, roles: county },
    "invite a coordinator": {
      method: "POST",
      url: () => `/api/centres/${centre.id}/coordinators`,
      body: () => ({ email: `person${++emails}@test.local`, displayName: "Ny person" }),
      roles: county,
    },
    "renew an invite": {
      method: "POST",
      url: () => `/api/centres/${centre.id}/coordinators/${invitee}/invite`,
      roles: county,
    },
    "remove a coordinator": {
      method: "DELETE",
      url: () => `/api/centres/${centre.id}/coordinators/${invitee}`,
      roles: county,
      // Each call that gets through removes them, so they are attached again before every call.
      before: async () => {
        await t.database.db.insert(userScopes).values({ userId: invitee, centreId: centre.id }).onConflictDoNothing();
      },
    },
  };

  const cases = Object.entries(routes).flatMap(([name, route]) =>
    (Object.keys(roleOf) as Who[]).map((who) => {
      const expected =
        who === "nobody"
          ? 401
          : !route.roles.includes(roleOf[who])
            ? 403
            : outOfScope.includes(who)
              ? (route.outOfScopeStatus ?? 404)
              : "through";
      return [name, who, expected, route] as const;
    }),
  );

  it.each(cases)("%s as %s: %s", async (_name, who, expected, route) => {
    await route.before?.();
    const response = await t.app.inject({
      method: route.method,
      url: route.url(),
      headers: headers[who] ?? {},
      ...(route.body ? { payload: route.body() } : {}),
    });
    if (expected === "through") expect([401, 403, 404]).not.toContain(response.statusCode);
    else expect(response.statusCode).toBe(expected);
  });
});
