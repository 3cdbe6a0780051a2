import { count, sessions } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../test/support/app.ts";

const errorShape = {
  error: expect.any(String),
  message: expect.any(String),
  details: expect.any(Array),
};

describe.each(testDatabaseKinds())("bad input on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const postLogin = (payload: string, contentType = "application/json") =>
    t.app.inject({ method: "POST", url: "/api/auth/login", payload, headers: { "content-type": contentType } });

  it.each([
    ["malformed JSON", '{"email": "a@b.se", ', 400, "invalid_json", []],
    ["an empty body", "", 400, "invalid_json", []],
    ["missing fields", "{}", 400, "validation_failed", ["body.email", "body.password"]],
    ["wrong types", '{"email": 42, "password": true}', 400, "validation_failed", ["body.email", "body.password"]],
    [
      "an unknown field",
      '{"email": "a@b.se", "password": "x", "admin": true}',
      400,
      "validation_failed",
      ["body.admin"],
    ],
    ["an array instead of an object", "[1,2]", 400, "validation_failed", ["body"]],
  ])("answers %s with %i and the error shape", async (_case, payload, status, code, fields) => {
    const response = await postLogin(payload);
    expect(response.statusCode).toBe(status);
    const body = response.json();
    expect(body).toEqual(errorShape);
    expect(body.error).toBe(code);
    expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(fields);
  });

  it("says in Swedish what is wrong with each field", async () => {
    const body = (await postLogin('{"email": 42}')).json();
    expect(body.details).toEqual([
      { field: "body.password", message: "saknas men krävs" },
      { field: "body.email", message: "ska vara av typen string" },
    ]);
  });

  it("refuses an oversize body with 413", async () => {
    const response = await postLogin(JSON.stringify({ email: "a@b.se", password: "x".repeat(300 * 1024) }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ ...errorShape, error: "payload_too_large" });
  });

  it("refuses a body that is not JSON with 415", async () => {
    const response = await postLogin("email=a@b.se", "application/x-www-form-urlencoded");
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ ...errorShape, error: "unsupported_media_type" });
  });

  it("answers an unknown API path with 404 in the error shape", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ ...errorShape, error: "not_found" });
  });

  it("checks authentication before parameters, so an anonymous caller learns nothing about the route", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/centres/not-a-uuid" });
    expect(response.statusCode).toBe(401);
  });

  it("answers a malformed path parameter with 400, not 500", async () => {
    const user = await makeUser(t.database.db, "admin");
    const headers = await signIn(t.app, user.email, user.password);
    const response = await t.app.inject({ method: "GET", url: "/api/centres/not-a-uuid", headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([{ field: "params.id", message: "har fel format (förväntat uuid)" }]);
  });

  it("stores nothing for rejected requests", async () => {
    await t.database.db.delete(sessions);
    await postLogin("{}");
    await postLogin('{"email": 1}');
    const [row] = await t.database.db.select({ n: count() }).from(sessions);
    expect(row?.n).toBe(0);
  });

  it("reports health with the database kind in use", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toEqual({ status: "ok", database: { kind, reachable: true } });
  });

  it("serves the OpenAPI document with the documented routes", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/centres", "/api/centres/{id}", "/api/health"]),
    );
  });

  it("sets security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});
