import { eq, users } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("authentication on %s", (kind) => {
  let t: TestApp;
  let reader: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    t = await createTestApp(kind, { loginRateLimit: { max: 5, windowMs: 60_000 } });
    reader = await makeUser(t.database.db, "reader", [{ regionCode: "12" }]);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

  it("signs in with e-mail and password and returns a token with the user's role and scope", async () => {
    const response = await login(reader.email.toUpperCase(), reader.password);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.token.split(".")).toHaveLength(3);
    expect(body.user).toMatchObject({
      email: reader.email,
      role: "reader",
      scope: { all: false, regionCodes: ["12"] },
    });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const unknown = await login("nobody@test.local", "whatever");
    const wrong = await login(reader.email, "wrong-password");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json()).toEqual({
      error: "invalid_credentials",
      message: "Fel e-postadress eller lösenord.",
      details: [],
    });
  });

  it("answers /api/auth/me with the signed-in user", async () => {
    const headers = await signIn(t.app, reader.email, reader.password);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: reader.email, role: "reader" });
  });

  it("refuses a request without a token, and one with a tampered token", async () => {
    const none = await t.app.inject({ method: "GET", url: "/api/auth/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toBe("unauthorized");
    const { authorization } = await signIn(t.app, reader.email, reader.password);
    const tampered = `${authorization.slice(0, -3)}abc`;
    const bad = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { authorization: tampered } });
    expect(bad.statusCode).toBe(401);
  });

  it("stops honouring a token at once after logout", async () => {
    const headers = await signIn(t.app, reader.email, reader.password);
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers });
    expect(me.statusCode).toBe(401);
    expect(me.json().message).toMatch(/Logga in igen/);
  });

  describe("the browser's session cookie", () => {
    const web = { "x-fcs-client": "web" };
    const webLogin = () =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: web,
        payload: { email: reader.email, password: reader.password },
      });
    const cookieHeader = (response: Awaited<ReturnType<typeof webLogin>>) => ({
      cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    });

    it("keeps the token out of the web app's sign-in answer and sets it HttpOnly, SameSite=Strict, for /api only", async () => {
      const response = await webLogin();
      expect(response.statusCode).toBe(200);
      expect(response.json()).not.toHaveProperty("token");
      expect(response.json().user.email).toBe(reader.email);
      const session = response.cookies.find((c) => c.name === "fcs_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api" });
      expect(session?.value.split(".")).toHaveLength(3);
      expect(session?.secure).toBeUndefined();
      // The hint the web app reads holds no secret.
      expect(response.cookies.find((c) => c.name === "fcs_signed_in")).toMatchObject({ value: "1", path: "/" });
      expect(response.cookies.find((c) => c.name === "fcs_signed_in")?.httpOnly).toBeUndefined();
    });

    it("signs in every request that carries the cookie, as a new tab would", async () => {
      const cookie = cookieHeader(await webLogin());
      const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: cookie });
      expect(me.statusCode).toBe(200);
      expect(me.json().email).toBe(reader.email);
    });

    it("refuses a change signed in by the cookie alone, as a forged request from another site would be", async () => {
      const cookie = cookieHeader(await webLogin());
      const forged = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: cookie });
      expect(forged.statusCode).toBe(403);
      expect(forged.json()).toMatchObject({ error: "forbidden", message: expect.stringMatching(/egna sidor/) });
      expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: cookie })).statusCode).toBe(200);
    });

    it("ends the session and clears both cookies at logout", async () => {
      const cookie = cookieHeader(await webLogin());
      const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { ...cookie, ...web } });
      expect(out.statusCode).toBe(204);
      expect(out.cookies.map((c) => [c.name, c.value, c.maxAge])).toEqual([
        ["fcs_session", "", 0],
        ["fcs_signed_in", "", 0],
      ]);
      expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: cookie })).statusCode).toBe(401);
    });
  });

  it("refuses a deactivated user, and ends that user's open sessions", async () => {
    const user = await makeUser(t.database.db, "reader", [{ regionCode: "06" }]);
    const headers = await signIn(t.app, user.email, user.password);
    await t.database.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers })).statusCode).toBe(401);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
  });

  it("throttles repeated login failures with 429 in the error shape", async () => {
    const target = "throttled@test.local";
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login(target, `guess-${i}`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await login(target, "guess-last");
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: "rate_limited", details: [] });
  });
});
