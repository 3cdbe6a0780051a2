import { randomUUID } from "node:crypto";
import { auditLog, collectionTokens, eq, responses } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makePeriod, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

const now = new Date("2026-11-23T10:00:00+01:00");

/** Paper forms typed in by the centre's staff: the same rules as a tablet's answers, channel "paper". */
describe.each(testDatabaseKinds())("paper forms entered on %s", (kind) => {
  let t: TestApp;
  let own: { id: string };
  let other: { id: string };
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind, { loginRateLimit: { max: 50, windowMs: 60_000 } }, { clock: () => now });
    const db = t.database.db;
    own = await makeCentre(db, { municipalityCode: "1280" });
    other = await makeCentre(db, { municipalityCode: "1281" });
    for (const survey of ["besok_vuxen", "besok_barn", "spindel"] as const)
      await makePeriod(db, { regionCode: "12", kind: survey, year: 2026, opens: "2026-09-01", closes: "2026-12-15" });
    const users = {
      local: await makeUser(db, "local_coordinator", [{ centreId: own.id }]),
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const enter = (who: string, payload: object, centreId = own.id) =>
    t.app.inject({ method: "POST", url: `/api/centres/${centreId}/paper-responses`, headers: as[who], payload });
  const form = (answers: Record<string, unknown> = exampleAnswers.besok_vuxen, locale = "ar") => ({
    id: randomUUID(),
    survey: "besok_vuxen",
    year: 2026,
    locale,
    answers,
  });

  it("stores a form with channel paper and the day of entry, once, however often it is sent", async () => {
    const paper = form();
    const first = await enter("local", paper);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: paper.id, status: "stored" });
    expect((await enter("local", paper)).statusCode).toBe(200);
    const rows = await t.database.db.select().from(responses).where(eq(responses.id, paper.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ centreId: own.id, channel: "paper", locale: "ar", submittedOn: "2026-11-23" });
    // The centre's paper channel is listed with its tablets and links, and can be revoked like them.
    const listed = (
      await t.app.inject({ method: "GET", url: `/api/centres/${own.id}/collection-tokens`, headers: as.local })
    ).json();
    expect(listed.tokens).toContainEqual(expect.objectContaining({ channel: "paper", label: "Pappersenkäter" }));
  });

  it("refuses wrong answers as a tablet's would be refused, and stores nothing", async () => {
    const paper = form({ ...exampleAnswers.besok_vuxen, helhet: 9 });
    const refused = await enter("county", paper);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: "invalid_answers", details: [{ field: "answers.helhet" }] });
    expect(await t.database.db.select().from(responses).where(eq(responses.id, paper.id))).toEqual([]);
  });

  it("lets only those who collect for the centre enter its forms", async () => {
    expect((await enter("local", form(), other.id)).statusCode).toBe(404);
    expect((await enter("reader", form())).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/centres/${own.id}/paper-responses`, payload: form() }))
        .statusCode,
    ).toBe(401);
  });

  it("logs who entered a form and for which survey, never its answers", async () => {
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.action, "collection.paper_entered"));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.details).toEqual({ survey: "besok_vuxen", year: 2026, locale: "ar" });
      expect(JSON.stringify(entry.details)).not.toContain("helhet");
    }
  });

  it("stops entry for a centre whose paper channel was revoked", async () => {
    await t.database.db
      .update(collectionTokens)
      .set({ revokedAt: new Date() })
      .where(eq(collectionTokens.tokenHash, `paper:${own.id}`));
    const refused = await enter("local", form());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toBe("paper_entry_revoked");
  });
});
