import { instruments, instrumentUsedIn } from "@fcs/surveys";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, selectRows } from "./client.ts";
import { type CountedResponse, CountsTally, createCountsRollup, foldPendingCounts } from "./counts-rollup.ts";
import { centres } from "./schema/centres.ts";
import { answerCounts, pendingCounts } from "./schema/surveys.ts";
import { demoAnswers, seededRandom } from "./seed/demo-answers.ts";
import { seedReferenceData } from "./seed/reference.ts";
import { type ResponseToStore, storeResponses } from "./seed/responses.ts";
import { syncSurveyDefinitions } from "./seed/surveys.ts";
import { createTestDatabase, testDatabaseKinds } from "./testing.ts";

describe.each(testDatabaseKinds())("the counts rollup on %s", (kind) => {
  let database: DatabaseHandle;
  let centreId: string;
  const random = seededRandom(7);

  const answersOf = (n: number, year = 2026): ResponseToStore[] =>
    Array.from({ length: n }, () => ({
      centreId,
      kind: "besok_vuxen" as const,
      year,
      answers: demoAnswers(instrumentUsedIn("besok_vuxen", year), { level: 0, yearsIn: 1 }, random),
    }));

  /** What the rollup must hold: every stored response tallied straight from its answers. */
  async function expectedCounts() {
    const stored = await selectRows<CountedResponse>(
      database.db,
      sql`select centre_id::text as "centreId", kind, year, answers, channel, locale from responses`,
    );
    const tally = new CountsTally();
    for (const response of stored) tally.add(response);
    return tally.rows();
  }

  const rollupRows = () =>
    database.db
      .select()
      .from(answerCounts)
      .orderBy(
        answerCounts.centreId,
        answerCounts.kind,
        answerCounts.year,
        answerCounts.questionKey,
        answerCounts.breakdown,
        answerCounts.value,
      );
  const pendingLeft = async () => (await database.db.select({ n: count() }).from(pendingCounts))[0]?.n;
  const sortRows = <T extends object>(rows: T[]) =>
    rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedReferenceData(database.db);
    await syncSurveyDefinitions(database.db, instruments);
    const [centre] = await database.db
      .insert(centres)
      .values({
        name: "Rollupcentralen",
        municipalityCode: "1280",
        kind: "familjecentral",
        baseServices: ["mhv", "bhv", "oppen_forskola", "socialtjanst"],
        activeFrom: "2020-01-01",
      })
      .returning({ id: centres.id });
    centreId = centre?.id ?? "";
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.db.delete(pendingCounts);
    await database.db.delete(answerCounts);
    await database.db.execute(sql`delete from responses`);
  });

  it("counts responses left pending (as a crash would leave them) when it catches up", async () => {
    await storeResponses(database.db, answersOf(30), { counts: "pending" });
    expect(await rollupRows()).toEqual([]);
    await createCountsRollup(database.db).catchUp();
    expect(sortRows(await rollupRows())).toEqual(sortRows(await expectedCounts()));
    expect(await pendingLeft()).toBe(0);
  });

  it("counts each response exactly once when several rollups fold at the same time", async () => {
    await storeResponses(database.db, answersOf(250), { counts: "pending" });
    const rollups = Array.from({ length: 4 }, () => createCountsRollup(database.db));
    await Promise.all([
      ...rollups.map((r) => r.catchUp()),
      foldPendingCounts(database.db, 40),
      foldPendingCounts(database.db, 40),
    ]);
    expect(sortRows(await rollupRows())).toEqual(sortRows(await expectedCounts()));
    expect(await pendingLeft()).toBe(0);
  });

  it("folds more than one batch when many wait, adding to counts that exist", async () => {
    await storeResponses(database.db, answersOf(20));
    await storeResponses(database.db, answersOf(45), { counts: "pending" });
    while ((await foldPendingCounts(database.db, 10)) > 0) {}
    expect(sortRows(await rollupRows())).toEqual(sortRows(await expectedCounts()));
    const [respondents] = await database.db
      .select({ n: answerCounts.n })
      .from(answerCounts)
      .where(and(eq(answerCounts.questionKey, "*"), eq(answerCounts.breakdown, "")));
    expect(respondents?.n).toBe(65);
  });

  it("keeps responses pending and the counts untouched when a fold fails, and counts them on the next", async () => {
    await storeResponses(database.db, answersOf(5), { counts: "pending" });
    await database.db.execute(
      sql`alter table answer_counts add constraint rollup_test_refuses check (n < 0) not valid`,
    );
    const rollup = createCountsRollup(database.db);
    try {
      await expect(rollup.catchUp()).rejects.toThrow();
    } finally {
      await database.db.execute(sql`alter table answer_counts drop constraint rollup_test_refuses`);
    }
    expect(await pendingLeft()).toBe(5);
    expect(await rollupRows()).toEqual([]);
    await rollup.catchUp();
    expect(sortRows(await rollupRows())).toEqual(sortRows(await expectedCounts()));
  });

  it("folds by itself a moment after a submission is scheduled", async () => {
    await storeResponses(database.db, answersOf(3), { counts: "pending" });
    const rollup = createCountsRollup(database.db, { delayMs: 10 });
    rollup.schedule();
    rollup.schedule();
    await expect.poll(pendingLeft, { timeout: 5_000 }).toBe(0);
    await rollup.close();
    expect(sortRows(await rollupRows())).toEqual(sortRows(await expectedCounts()));
  });
});
