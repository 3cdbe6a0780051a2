import { randomUUID } from "node:crypto";
import { count, responses } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeCollectionToken, makePeriod } from "../../../../../test/fixtures/index.ts";
import { createTestApp, type TestApp } from "../../../../../test/support/app.ts";

const validPayload = () => ({
  id: randomUUID(),
  survey: "besok_vuxen",
  year: 2026,
  locale: "sv",
  answers: { ...exampleAnswers.besok_vuxen } as Record<string, unknown>,
});

/** A valid payload with one to three random changes: a value replaced, a key dropped or added, a field garbled. */
const mutatedPayload = fc
  .array(
    fc.oneof(
      fc.record({
        op: fc.constant("answer"),
        key: fc.constantFrom(...Object.keys(exampleAnswers.besok_vuxen)),
        value: fc.jsonValue(),
      }),
      fc.record({ op: fc.constant("drop"), key: fc.constantFrom(...Object.keys(exampleAnswers.besok_vuxen)) }),
      fc.record({ op: fc.constant("extra"), key: fc.string({ maxLength: 12 }), value: fc.jsonValue() }),
      fc.record({
        op: fc.constant("field"),
        key: fc.constantFrom("id", "survey", "year", "locale", "answers"),
        value: fc.jsonValue(),
      }),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((changes) => {
    const payload: Record<string, unknown> = validPayload();
    const answers = payload.answers as Record<string, unknown>;
    for (const change of changes) {
      if (change.op === "answer" || change.op === "extra")
        answers[change.key] = "value" in change ? change.value : null;
      else if (change.op === "drop") delete answers[change.key];
      else payload[change.key] = "value" in change ? change.value : null;
    }
    return JSON.stringify(payload);
  });

const anyBody = fc.oneof(
  mutatedPayload,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
);

describe.each(testDatabaseKinds())("POST /api/responses under random input on %s", (kind) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp(kind, {}, { clock: () => new Date("2026-11-23T12:00:00+01:00") });
    const centre = await makeCentre(t.database.db);
    token = (await makeCollectionToken(t.database.db, centre.id)).token;
    await makePeriod(t.database.db, {
      regionCode: "12",
      kind: "besok_vuxen",
      year: 2026,
      opens: "2026-09-01",
      closes: "2026-12-15",
    });
  });
  afterAll(() => t.close());

  const storedCount = async () => (await t.database.db.select({ n: count() }).from(responses))[0]?.n ?? 0;

  it("never answers 5xx, always uses the error shape, and stores nothing it refuses", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = await storedCount();
        const response = await t.app.inject({
          method: "POST",
          url: "/api/responses",
          headers: { "content-type": "application/json", "x-collection-token": token },
          payload: body,
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(response.statusCode).toBeLessThan(500);
        const after = await storedCount();
        if (response.statusCode >= 400) {
          expect(response.json()).toEqual({
            error: expect.any(String),
            message: expect.any(String),
            details: expect.any(Array),
          });
          expect(after).toBe(before);
        } else {
          expect(response.statusCode).toBe(201);
          expect(after).toBe(before + 1);
        }
      }),
      { numRuns: 400 },
    );
    expect(statuses.get(400) ?? 0, "some payloads should be refused").toBeGreaterThan(0);
  });
});
