import { testDatabaseKinds } from "@fcs/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/**
 * Results and report routes under random paths, queries and bodies: whatever
 * a client sends, the answer is never a 5xx, and every failure has the error shape.
 */
const segment = fc.oneof(
  fc.constantFrom("besok_vuxen", "besok_barn", "spindel", "kvalitetsuppfoljning", "trend", "12", "06", "2026", "2025"),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.integer({ min: -5, max: 3000 }).map(String),
);
const scope = fc.oneof(
  fc.constantFrom(
    "all",
    "region:12",
    "region:99",
    "municipality:1280",
    "municipality:0000",
    "centre:00000000-0000-0000-0000-000000000000",
  ),
  fc.string({ maxLength: 40 }),
);
const resultsUrl = fc
  .tuple(segment, segment, fc.constantFrom("", "/parts", "/comments"), scope)
  .map(
    ([a, b, tail, s]) => `/api/results/${a}/${b}${tail}?scope=${encodeURIComponent(s)}&centre=${encodeURIComponent(s)}`,
  );
const reportUrl = fc
  .tuple(
    fc.constantFrom("regions", "centres"),
    segment,
    segment,
    fc.constantFrom("", "/export.docx", "/export.xlsx", "/export.csv"),
  )
  .map(([family, a, b, tail]) => `/api/reports/${family}/${a}/${b}${tail}`);
const reportChange = fc
  .tuple(
    fc.constantFrom("chapters/sammanfattning", "chapters/okand", "examples", "finalize", "reopen"),
    fc.oneof(
      fc.jsonValue(),
      fc.record({ text: fc.string(), version: fc.integer() }),
      fc.record({ centreIds: fc.array(fc.uuid()), version: fc.integer() }),
    ),
  )
  .map(([step, body]) => ({ step, body }));

describe.each(testDatabaseKinds())("results and reports under random input on %s", (kind) => {
  let t: TestApp;
  let headers: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    await makeCentre(t.database.db);
    const user = await makeUser(t.database.db, "county_coordinator", [{ regionCode: "12" }]);
    headers = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const expectClientAnswer = (status: number, body: string) => {
    expect(status, body.slice(0, 300)).toBeLessThan(500);
    if (status >= 400) expect(Object.keys(JSON.parse(body)).sort()).toEqual(["details", "error", "message"]);
  };

  it("never answers 5xx to a results or report request, and refuses in the error shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(resultsUrl, reportUrl), async (url) => {
        const response = await t.app.inject({ method: "GET", url, headers });
        expectClientAnswer(response.statusCode, response.statusCode >= 400 ? response.body : "{}");
      }),
      { numRuns: 150 },
    );
  });

  it("never answers 5xx to a change of the region's report", async () => {
    await fc.assert(
      fc.asyncProperty(reportChange, async ({ step, body }) => {
        const method = step.startsWith("chapters") || step === "examples" ? "PUT" : "POST";
        const response = await t.app.inject({
          method,
          url: `/api/reports/regions/12/2026/${step}`,
          headers: { ...headers, "content-type": "application/json" },
          payload: JSON.stringify(body),
        });
        expectClientAnswer(response.statusCode, response.body);
      }),
      { numRuns: 60 },
    );
  });
});
