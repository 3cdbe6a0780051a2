import { auditLog, eq, invites, reports, responses, selectRows, sessions, sql } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { testDatabaseKinds } from "@fcs/db/testing";
import { type Answers, findInstrument } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeResponses, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("retention on %s", (kind) => {
  let t: TestApp;
  const now = new Date("2026-11-29T04:00:00+01:00");
  const withText = (year: number, n: number): Answers[] => {
    const instrument = findInstrument("besok_vuxen", year) ?? findInstrument("besok_vuxen", 2025);
    if (!instrument) throw new Error("no instrument");
    const random = seededRandom(year);
    return Array.from({ length: n }, (_, i) => ({
      ...demoAnswers(instrument, { level: 0, yearsIn: 0 }, random),
      bast: `Personalen ${i}`,
    }));
  };

  beforeAll(async () => {
    t = await createTestApp(kind, {}, { clock: () => now });
    const db = t.database.db;
    const centre = await makeCentre(db, { municipalityCode: "1280" });
    await makeResponses(db, centre.id, "besok_vuxen", 2024, withText(2024, 6));
    await makeResponses(db, centre.id, "besok_vuxen", 2025, withText(2025, 6));
    const user = await makeUser(db, "county_coordinator", [{ regionCode: "12" }]);
    // 2024's report went final over two years before now; 2025's ten months before.
    await db.insert(reports).values([
      {
        regionCode: "12",
        year: 2024,
        status: "final",
        updatedBy: user.id,
        updatedAt: new Date("2024-11-20T12:00:00Z"),
      },
      {
        regionCode: "12",
        year: 2025,
        status: "final",
        updatedBy: user.id,
        updatedAt: new Date("2026-01-10T12:00:00Z"),
      },
    ]);
    await db.insert(sessions).values([
      { userId: user.id, expiresAt: new Date("2026-11-28T00:00:00Z") },
      { userId: user.id, expiresAt: new Date("2026-11-30T00:00:00Z") },
    ]);
    await db.insert(invites).values([
      {
        userId: user.id,
        tokenHash: "used",
        createdBy: user.id,
        expiresAt: new Date("2026-12-30Z"),
        usedAt: new Date("2026-11-01Z"),
      },
      { userId: user.id, tokenHash: "open", createdBy: user.id, expiresAt: new Date("2026-12-30Z") },
    ]);
  });
  afterAll(() => t.close());

  it("erases free text two years after the year's report went final, keeps the rest, and logs counts only", async () => {
    const summary = await t.app.jobs.retention.retainNow();
    expect(summary).toEqual({ freeTextResponses: 6, sessions: 1, invites: 1, allowances: 0 });
    const texts = async (year: number) =>
      (await t.database.db.select().from(responses).where(eq(responses.year, year))).map((r) => r.answers.bast);
    expect(await texts(2024)).toEqual(Array(6).fill(undefined));
    expect((await texts(2025)).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Personalen ${i}`));
    // The ratings stay: the figures of 2024 do not change.
    const [ratings] = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::integer as n from responses where year = 2024 and answers ? 'valkommen'`,
    );
    expect(ratings?.n).toBe(6);

    const [logged] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "retention.free_text_erased"));
    expect(logged).toMatchObject({
      actorId: null,
      regionCode: "12",
      details: { year: 2024, responses: { besok_vuxen: 6 } },
    });
    expect(JSON.stringify(logged)).not.toContain("Personalen");
    expect(await t.database.db.select().from(sessions)).toHaveLength(1);
    expect((await t.database.db.select().from(invites)).map((i) => i.tokenHash)).toEqual(["open"]);
  });

  it("erases nothing twice: a second run finds nothing left to do", async () => {
    expect(await t.app.jobs.retention.retainNow()).toEqual({
      freeTextResponses: 0,
      sessions: 0,
      invites: 0,
      allowances: 0,
    });
  });
});
