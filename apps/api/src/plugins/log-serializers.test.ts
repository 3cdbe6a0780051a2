import { randomUUID } from "node:crypto";
import { sql } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { createTestDatabase, testDatabaseKinds } from "@fcs/db/testing";
import { findInstrument } from "@fcs/surveys";
import { describe, expect, it } from "vitest";
import { makeCentre, makeCollectionToken, makePeriod } from "../../../../test/fixtures/index.ts";
import { testConfig } from "../../../../test/support/config.ts";
import { buildApp } from "../app.ts";

describe.each(testDatabaseKinds())("what the log holds on %s", (kind) => {
  it("keeps a refused submission's answers, SQL parameters and client address out of every log line", async () => {
    const database = await createTestDatabase(kind);
    const lines: string[] = [];
    const now = new Date("2026-11-02T10:00:00+01:00");
    const app = await buildApp(testConfig({ logLevel: "info" }), {
      database,
      clock: () => now,
      logger: { level: "info", stream: { write: (line: string) => lines.push(line) } },
    });
    try {
      await app.ready();
      const centre = await makeCentre(database.db, { municipalityCode: "1280" });
      await makePeriod(database.db, {
        regionCode: "12",
        kind: "besok_vuxen",
        year: 2026,
        opens: "2026-09-01",
        closes: "2026-12-15",
      });
      const { token } = await makeCollectionToken(database.db, centre.id);
      // The database refuses this one answer, as it would refuse a value it cannot store.
      await database.db.execute(
        sql`alter table responses add constraint refuse_marker check (answers::text not like '%Kanelbulle-7%')`,
      );
      const instrument = findInstrument("besok_vuxen", 2026);
      if (!instrument) throw new Error("no instrument");
      const answers = {
        ...demoAnswers(instrument, { level: 0, yearsIn: 0 }, seededRandom(1)),
        bast: "Jag är rädd för min partner Kanelbulle-7",
      };
      const response = await app.inject({
        method: "POST",
        url: "/api/responses",
        headers: { "x-collection-token": token },
        remoteAddress: "203.0.113.45",
        payload: { id: randomUUID(), survey: "besok_vuxen", year: 2026, locale: "sv", answers },
      });
      expect(response.statusCode).toBe(500);

      const parsed = lines.map((l) => JSON.parse(l));
      // What failed is still told: the database's code and the constraint's name.
      const failure = parsed.find((l) => l.msg === "request failed");
      expect(failure?.err.code ?? failure?.err.cause?.code).toBe("23514");
      expect(parsed.some((l) => l.req?.url === "/api/responses" && !("remoteAddress" in l.req))).toBe(true);
      const log = lines.join("\n");
      for (const secret of ["rädd", "Kanelbulle", "203.0.113.45", token, centre.id])
        expect(log, `the log holds "${secret}"`).not.toContain(secret);
      for (const value of Object.values(answers).filter((v) => typeof v === "string" && v.length > 3))
        expect(log).not.toContain(value as string);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
