import { randomUUID } from "node:crypto";
import { and, answerCounts, count, eq, responses, selectRows, sql } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeCollectionToken, makePeriod } from "../../../../../test/fixtures/index.ts";
import { createTestApp, type TestApp } from "../../../../../test/support/app.ts";

/** A day inside the test periods (2026-09-01 – 2026-12-15), in Swedish time. */
let now = new Date("2026-11-23T10:00:00+01:00");

describe.each(testDatabaseKinds())("submitting responses on %s", (kind) => {
  let t: TestApp;
  let centreA: { id: string };
  let centreB: { id: string };
  let visitorToken: string;
  let staffToken: string;

  beforeAll(async () => {
    t = await createTestApp(kind, {}, { clock: () => now });
    const db = t.database.db;
    centreA = await makeCentre(db, { municipalityCode: "1280" });
    centreB = await makeCentre(db, { municipalityCode: "1281" });
    visitorToken = (await makeCollectionToken(db, centreA.id)).token;
    staffToken = (await makeCollectionToken(db, centreA.id, ["spindel"], "link")).token;
    for (const survey of ["besok_vuxen", "besok_barn", "spindel"] as const) {
      await makePeriod(db, { regionCode: "12", kind: survey, year: 2026, opens: "2026-09-01", closes: "2026-12-15" });
    }
  });
  afterAll(() => t.close());

  const adult = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    survey: "besok_vuxen",
    year: 2026,
    locale: "sv",
    answers: exampleAnswers.besok_vuxen,
    ...overrides,
  });
  const post = (payload: unknown, token: string | null = visitorToken) =>
    t.app.inject({
      method: "POST",
      url: "/api/responses",
      payload: payload as object,
      headers: token ? { "x-collection-token": token } : {},
    });
  const storedRows = async (id: string) => t.database.db.select().from(responses).where(eq(responses.id, id));
  const respondentCount = async (centreId: string, survey: "besok_vuxen" | "spindel") => {
    await t.app.countsRollup.catchUp();
    const [row] = await t.database.db
      .select({ n: answerCounts.n })
      .from(answerCounts)
      .where(
        and(
          eq(answerCounts.centreId, centreId),
          eq(answerCounts.kind, survey),
          eq(answerCounts.questionKey, "*"),
          eq(answerCounts.breakdown, ""),
        ),
      );
    return row?.n ?? 0;
  };

  it("stores a valid response for the token's centre and answers 201 after the commit", async () => {
    const before = await respondentCount(centreA.id, "besok_vuxen");
    const payload = adult({ locale: "ar" });
    const response = await post(payload);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: payload.id, status: "stored" });
    const [row] = await storedRows(payload.id);
    expect(row).toMatchObject({
      centreId: centreA.id,
      kind: "besok_vuxen",
      year: 2026,
      locale: "ar",
      channel: "kiosk",
      submittedOn: "2026-11-23",
      answers: exampleAnswers.besok_vuxen,
    });
    expect(await respondentCount(centreA.id, "besok_vuxen")).toBe(before + 1);
  });

  it("keeps nothing that could identify the respondent", async () => {
    const columns = await selectRows<{ column_name: string }>(
      t.database.db,
      sql`select column_name from information_schema.columns where table_name = 'responses' order by column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      "answers",
      "centre_id",
      "channel",
      "definition_id",
      "id",
      // The import it came with, for answers brought in from an earlier tool: shared by the whole import.
      "import_id",
      "kind",
      "locale",
      // Whether it is counted in the published results yet.
      "published",
      "request_hash",
      "submitted_on",
      // The tablet or link it came through: shared by everyone who uses it, so an exclusion can name it.
      "token_id",
      "year",
    ]);
  });

  it("answers a retry of the same response with 200 and stores nothing new", async () => {
    const payload = adult();
    expect((await post(payload)).statusCode).toBe(201);
    const counted = await respondentCount(centreA.id, "besok_vuxen");
    const retry = await post({ ...payload, answers: { ...payload.answers } });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ id: payload.id, status: "already_stored" });
    expect(await storedRows(payload.id)).toHaveLength(1);
    expect(await respondentCount(centreA.id, "besok_vuxen")).toBe(counted);
  });

  it("refuses other content under a used id with 409", async () => {
    const payload = adult();
    await post(payload);
    const response = await post({ ...payload, answers: { ...payload.answers, helhet: 1 } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe("duplicate_id");
    expect((await storedRows(payload.id))[0]?.answers.helhet).toBe(5);
  });

  it("stores exactly one row when 20 copies of a response arrive at once", async () => {
    const payload = adult();
    const counted = await respondentCount(centreA.id, "besok_vuxen");
    const results = await Promise.all(Array.from({ length: 20 }, () => post(payload)));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(await storedRows(payload.id)).toHaveLength(1);
    expect(await respondentCount(centreA.id, "besok_vuxen")).toBe(counted + 1);
  });

  it("rejects wrong answers with one message per question and stores nothing", async () => {
    const payload = adult({ answers: { ...exampleAnswers.besok_vuxen, valkommen: 7, okand: "x", helhet: undefined } });
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: "invalid_answers",
      message: "Svaren innehåller fel.",
      details: [
        { field: "answers.okand", message: "finns inte i enkäten" },
        { field: "answers.valkommen", message: "ska vara från 1 till 5, inte 7" },
        { field: "answers.helhet", message: "måste besvaras" },
      ],
    });
    expect(await storedRows(payload.id)).toHaveLength(0);
  });

  it("says clearly when the collection period is closed", async () => {
    now = new Date("2026-12-16T09:00:00+01:00");
    try {
      const payload = adult();
      const response = await post(payload);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        error: "collection_closed",
        message: "Insamlingsperioden för besöksenkäten för vuxna 2026 är inte öppen (2026-09-01–2026-12-15).",
      });
      expect(await storedRows(payload.id)).toHaveLength(0);
    } finally {
      now = new Date("2026-11-23T10:00:00+01:00");
    }
  });

  it("still acknowledges a retry of a stored response after the period closed", async () => {
    const payload = adult();
    await post(payload);
    now = new Date("2027-01-10T09:00:00+01:00");
    try {
      expect((await post(payload)).statusCode).toBe(200);
    } finally {
      now = new Date("2026-11-23T10:00:00+01:00");
    }
  });

  it.each([
    ["no token", null, 401, "missing_collection_token"],
    ["an unknown token", "not-a-real-token", 401, "invalid_collection_token"],
  ])("refuses a response with %s", async (_case, token, status, error) => {
    const response = await post(adult(), token);
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toBe(error);
  });

  it("refuses a revoked token", async () => {
    const { token, id } = await makeCollectionToken(t.database.db, centreA.id);
    await t.database.db.execute(sql`update collection_tokens set revoked_at = now() where id = ${id}`);
    expect((await post(adult(), token)).json().error).toBe("invalid_collection_token");
  });

  it("refuses a survey the token is not for", async () => {
    const response = await post({ ...adult(), survey: "spindel", answers: exampleAnswers.spindel });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toBe("Den här insamlingsnyckeln gäller inte spindelmätningen.");
  });

  it("takes the centre only from the token, never from the body", async () => {
    const response = await post({ ...adult(), centreId: centreB.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([{ field: "body.centreId", message: "är inte ett känt fält" }]);
    const { token } = await makeCollectionToken(t.database.db, centreB.id);
    const payload = adult();
    await post(payload, token);
    expect((await storedRows(payload.id))[0]?.centreId).toBe(centreB.id);
  });

  it.each([
    [{ year: 2019 }, 404, "unknown_survey"],
    [{ locale: "de" }, 400, "unsupported_locale"],
    [{ survey: "kvalitetsuppfoljning" }, 400, "validation_failed"],
    [{ id: "123" }, 400, "validation_failed"],
  ])("refuses %o with %i", async (change, status, error) => {
    const response = await post(adult(change));
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toBe(error);
  });

  it("counts a staff member's ratings overall and under their profession", async () => {
    const payload = { id: randomUUID(), survey: "spindel", year: 2026, locale: "sv", answers: exampleAnswers.spindel };
    expect((await post(payload, staffToken)).statusCode).toBe(201);
    await t.app.countsRollup.catchUp();
    const rows = await t.database.db
      .select({ breakdown: answerCounts.breakdown, value: answerCounts.value, n: answerCounts.n })
      .from(answerCounts)
      .where(and(eq(answerCounts.centreId, centreA.id), eq(answerCounts.questionKey, "slussning")));
    // Overall, under the profession, and under the channel it came by (staff have no language split).
    expect(rows.sort((a, b) => a.breakdown.localeCompare(b.breakdown))).toEqual([
      { breakdown: "", value: "8", n: 1 },
      { breakdown: "bhv_sjukskoterska", value: "8", n: 1 },
      { breakdown: "kanal:link", value: "8", n: 1 },
    ]);
    const [row] = await t.database.db
      .select({ channel: responses.channel })
      .from(responses)
      .where(eq(responses.id, payload.id));
    expect(row?.channel).toBe("link");
  });

  it("counts every stored response once in the rollup", async () => {
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(responses)
      .where(and(eq(responses.centreId, centreA.id), eq(responses.kind, "besok_vuxen")));
    expect(await respondentCount(centreA.id, "besok_vuxen")).toBe(stored?.n);
  });
});
