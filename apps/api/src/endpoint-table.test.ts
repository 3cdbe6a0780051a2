import { endpoints } from "@fcs/contracts/endpoints";
import { paths } from "@fcs/contracts/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";

const table = Object.entries(endpoints).flatMap(([area, group]) =>
  Object.entries(group).map(([name, e]) => ({ name: `${area}.${name}`, ...e })),
);

/** Example values for the path parameters, so each route can be called. */
const example: Record<string, string> = {
  code: "12",
  id: "00000000-0000-4000-8000-000000000000",
  userId: "00000000-0000-4000-8000-000000000001",
  tokenId: "00000000-0000-4000-8000-000000000002",
  exclusionId: "00000000-0000-4000-8000-000000000003",
  importId: "00000000-0000-4000-8000-000000000004",
  year: "2026",
  survey: "besok_vuxen",
  kind: "besok_vuxen",
  chapter: "summary",
  format: "xlsx",
};
const fill = (path: string) => path.replace(/:([A-Za-z]+)/g, (_, name: string) => example[name] ?? name);

/** The table of endpoints in @fcs/contracts is the API: nothing registered beside it, nothing in it unregistered. */
describe("the table of endpoints", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("pglite");
  });
  afterAll(() => t.close());

  it("joins every route of the path table with its schemas, and nothing else", () => {
    const routes = Object.entries(paths).flatMap(([area, group]) =>
      Object.entries(group).map(([name, r]) => `${area}.${name} ${r.method} ${r.path}`),
    );
    expect(table.map((e) => `${e.name} ${e.method} ${e.path}`).sort()).toEqual(routes.sort());
    expect(new Set(table.map((e) => `${e.method} ${e.path}`)).size).toBe(table.length);
  });

  it("has every endpoint registered, and the API registers no other", () => {
    for (const e of table) expect(t.app.hasRoute({ method: e.method, url: e.path }), e.name).toBe(true);
    const documented = Object.entries(t.app.swagger().paths ?? {}).flatMap(([path, operations]) =>
      Object.keys(operations ?? {}).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    expect(documented.sort()).toEqual(table.map((e) => `${e.method} ${e.path}`).sort());
  });

  it("guards every endpoint that needs a sign-in: without one it answers 401 in the error shape", async () => {
    const guarded = table.filter((e) => e.access !== "public" && e.access !== "collection-token");
    expect(guarded.length).toBeGreaterThan(40);
    for (const e of guarded) {
      const response = await t.app.inject({ method: e.method, url: fill(e.path) });
      expect(response.statusCode, e.name).toBe(401);
      expect(response.json(), e.name).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    }
  });
});
