import { randomUUID } from "node:crypto";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeCollectionToken, makePeriod, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("collection progress on %s", (kind) => {
  let t: TestApp;
  let busy: { id: string };
  let quiet: { id: string };
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(kind, {}, { clock: () => new Date("2026-11-23T10:00:00+01:00") });
    const db = t.database.db;
    busy = await makeCentre(db, { municipalityCode: "1280", name: "A-centralen" });
    quiet = await makeCentre(db, { municipalityCode: "1281", name: "B-centralen" });
    await makeCentre(db, { municipalityCode: "0680", name: "Jönköpingscentralen" });
    await makePeriod(db, {
      regionCode: "12",
      kind: "besok_barn",
      year: 2026,
      opens: "2026-09-01",
      closes: "2026-12-15",
    });
    const { token } = await makeCollectionToken(db, busy.id);
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: "POST",
        url: "/api/responses",
        headers: { "x-collection-token": token },
        payload: {
          id: randomUUID(),
          survey: "besok_barn",
          year: 2026,
          locale: "sv",
          answers: exampleAnswers.besok_barn,
        },
      });
    }
    const users = {
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      otherCounty: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      local: await makeUser(db, "local_coordinator", [{ centreId: busy.id }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
    await t.app.inject({
      method: "PUT",
      url: `/api/centres/${busy.id}/follow-ups/2026/draft`,
      headers: as.local,
      payload: { version: 0, answers: { fc_typ: "familjecentral" } },
    });
  });
  afterAll(() => t.close());

  const progress = (who: string, region = "12") =>
    t.app.inject({ method: "GET", url: `/api/regions/${region}/progress?year=2026`, headers: as[who] });

  it("shows the county coordinator every centre of the region with counts and follow-up status, including those with nothing yet", async () => {
    const response = await progress("county");
    expect(response.statusCode).toBe(200);
    // The minimum group size comes along, so the table can flag counts that will not show.
    expect(response.json().threshold).toBe(5);
    // Ordered by municipality, then centre: Lund before Malmö.
    expect(response.json().centres).toEqual([
      expect.objectContaining({ id: quiet.id, besokBarn: 0, besokVuxen: 0, spindel: 0, followUp: "not_started" }),
      expect.objectContaining({ id: busy.id, besokBarn: 3, besokVuxen: 0, spindel: 0, followUp: "draft" }),
    ]);
  });

  it("answers another region's county coordinator as if the region did not exist", async () => {
    const response = await progress("otherCounty");
    expect(response.statusCode).toBe(404);
    expect(response.json()).not.toHaveProperty("centres");
  });

  it.each(["local", "reader"])("refuses a %s", async (who) => {
    expect((await progress(who)).statusCode).toBe(403);
  });
});
