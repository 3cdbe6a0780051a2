import { createHmac } from "node:crypto";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";
import { testConfig } from "../../../../../test/support/config.ts";
import { buildApp } from "../../app.ts";
import { ConfigError, loadConfig } from "../../config.ts";
import { createHashingQueue } from "./hashing-queue.ts";
import { waitAfter } from "./throttle.ts";

const secret = testConfig().jwtSecret;

/** A JWT made by hand, to try what the server must refuse. */
function handMadeToken(header: object, claims: object, key = secret): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
  const body = `${encode(header)}.${encode(claims)}`;
  const algorithm = "alg" in header && header.alg === "HS512" ? "sha512" : "sha256";
  return `${body}.${createHmac(algorithm, key).update(body).digest("base64url")}`;
}

describe.each(testDatabaseKinds())("sign-in protection on %s", (kind) => {
  let t: TestApp;
  let user: { id: string; email: string; password: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    user = await makeUser(t.database.db, "county_coordinator", [{ regionCode: "12" }]);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, extra: { remoteAddress?: string; forwardedFor?: string } = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: extra.remoteAddress ?? "198.51.100.7",
      headers: extra.forwardedFor ? { "x-forwarded-for": extra.forwardedFor } : {},
      payload: { email, password },
    });

  it("counts every spelling of one e-mail as one account: spaces, tabs, capitals and full-width letters", async () => {
    const target = await makeUser(t.database.db, "reader", [{ regionCode: "12" }]);
    const variants = [
      ` ${target.email}`,
      `${target.email}\t`,
      target.email.toUpperCase(),
      target.email.replace("r", "ｒ"),
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await login(variants[i % variants.length] ?? "", `fel-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const locked = await login(target.email, target.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: "rate_limited", details: [] });
    // The wait is said in whole minutes, in Swedish number agreement.
    expect(locked.json().message).toMatch(/Försök igen om (1 minut|\d+ minuter)\.$/);
  });

  it("keeps the limit per address whatever X-Forwarded-For says (no proxy is trusted unless configured)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++)
      statuses.push(
        (await login(`okand-${i}@example.se`, "fel", { remoteAddress: "203.0.113.9", forwardedFor: `10.0.0.${i}` }))
          .statusCode,
      );
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Someone else, from another address, signs in as usual.
    expect((await login(user.email, user.password, { remoteAddress: "198.51.100.99" })).statusCode).toBe(200);
  });

  it("holds the back-off in the database: another server process sees it too", async () => {
    const target = await makeUser(t.database.db, "reader", [{ regionCode: "12" }]);
    for (let i = 0; i < 6; i++) await login(target.email, `fel-${i}`, { remoteAddress: "192.0.2.50" });
    const second = await buildApp(testConfig(), { database: t.database, logger: false });
    try {
      const response = await second.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "192.0.2.51",
        payload: { email: target.email, password: target.password },
      });
      expect(response.statusCode).toBe(429);
    } finally {
      await second.close();
    }
  });

  it("answers an invitee who has not set a password exactly like a wrong password", async () => {
    const county = await signIn(t.app, user.email, user.password);
    const centre = await makeCentre(t.database.db, { municipalityCode: "1280" });
    const invited = await t.app.inject({
      method: "POST",
      url: `/api/centres/${centre.id}/coordinators`,
      headers: county,
      payload: { email: "inbjuden@example.se", displayName: "Inbjuden" },
    });
    expect(invited.statusCode).toBe(201);
    const pending = await login("inbjuden@example.se", "!invited", { remoteAddress: "192.0.2.59" });
    const unknown = await login("finns-inte@example.se", "något lösenord", { remoteAddress: "192.0.2.60" });
    const wrong = await login(user.email, "fel lösenord", { remoteAddress: "192.0.2.61" });
    expect(pending.statusCode).toBe(401);
    expect(pending.json()).toEqual(wrong.json());
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("changes one's own password with the current one: other sessions end, this one goes on", async () => {
    const person = await makeUser(t.database.db, "reader", [{ regionCode: "12" }]);
    const other = await signIn(t.app, person.email, person.password);
    const current = await signIn(t.app, person.email, person.password);
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/password",
        headers: current,
        payload: { currentPassword, newPassword },
      });
    const wrong = await change("inte det", "blåbär cykel trappa moln");
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: "wrong_password", details: [{ field: "body.currentPassword" }] });
    const weak = await change(person.password, "password1234");
    expect(weak.json()).toMatchObject({ error: "weak_password", details: [{ field: "body.newPassword" }] });
    expect((await change(person.password, "blåbär cykel trappa moln")).statusCode).toBe(204);
    const me = (headers: { authorization: string }) => t.app.inject({ method: "GET", url: "/api/auth/me", headers });
    expect((await me(current)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    await signIn(t.app, person.email, "blåbär cykel trappa moln");
  });

  it("accepts only HS256 tokens with an expiry and a session id that is a UUID", async () => {
    const session = await signIn(t.app, user.email, user.password);
    const [, payload] = session.authorization.replace("Bearer ", "").split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const me = (token: string) =>
      t.app.inject({ method: "GET", url: "/api/auth/me", headers: { authorization: `Bearer ${token}` } });
    expect((await me(handMadeToken({ alg: "HS256", typ: "JWT" }, claims))).statusCode).toBe(200);
    expect((await me(handMadeToken({ alg: "HS512", typ: "JWT" }, claims))).statusCode).toBe(401);
    const { exp: _, ...withoutExpiry } = claims;
    expect((await me(handMadeToken({ alg: "HS256", typ: "JWT" }, withoutExpiry))).statusCode).toBe(401);
    const notUuid = await me(handMadeToken({ alg: "HS256", typ: "JWT" }, { ...claims, sid: "not-a-uuid" }));
    expect(notUuid.statusCode).toBe(401);
    expect(notUuid.json().error).toBe("unauthorized");
  });
});

describe("sign-in rules without a database", () => {
  it("waits 30 s after the free tries, doubling up to 15 minutes", () => {
    expect([1, 5, 6, 7, 8].map((n) => waitAfter(n, 5))).toEqual([0, 0, 30_000, 60_000, 120_000]);
    expect(waitAfter(40, 5)).toBe(15 * 60_000);
  });

  it("refuses more password work than it can do with 503 in the error shape", async () => {
    const run = createHashingQueue(1, 1);
    let release = () => {};
    const blocker = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = run(() => blocker);
    const second = run(async () => "second");
    await expect(run(async () => "third")).rejects.toMatchObject({ statusCode: 503, code: "busy" });
    release();
    await first;
    expect(await second).toBe("second");
  });

  it("refuses a production secret of low variety", () => {
    const start = () =>
      loadConfig({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://x@127.0.0.1/x",
        JWT_SECRET: "changeme".repeat(4),
      });
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/different characters/);
  });
});
