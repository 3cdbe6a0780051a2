import { readFileSync } from "node:fs";
import { join } from "node:path";
import { instruments, instrumentUsedIn } from "@fcs/surveys";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrationsFolder, selectRows } from "./client.ts";
import { centres } from "./schema/centres.ts";
import { demoAnswers, seededRandom } from "./seed/demo-answers.ts";
import { seedReferenceData } from "./seed/reference.ts";
import { type ResponseToStore, storeResponses } from "./seed/responses.ts";
import { syncSurveyDefinitions } from "./seed/surveys.ts";
import { createTestDatabase, testDatabaseKinds } from "./testing.ts";

/**
 * migrations/0021 and 0024 count responses stored before the channel, language
 * and first-visit splits existed under them: with those cells taken away, they
 * must put back exactly what counting each response with them gives.
 */
describe.each(testDatabaseKinds())("the response splits migration on %s", (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.close());

  const snapshot = async () => ({
    live: await selectRows(
      database.db,
      sql`select centre_id, kind, year, question_key, breakdown, value, n from answer_counts order by 1, 2, 3, 4, 5, 6`,
    ),
    published: await selectRows<{ breakdown: string }>(
      database.db,
      sql`select centre_id, kind, year, question_key, breakdown, value, n from published_counts order by 1, 2, 3, 4, 5, 6`,
    ),
    areas: await selectRows(
      database.db,
      sql`select kind, year, level, region_code, cells from published_area_sums order by 1, 2, 3, 4`,
    ),
  });

  it("gives the same counts as the rollup for responses counted before the splits", async () => {
    await seedReferenceData(database.db);
    await syncSurveyDefinitions(database.db, instruments);
    const placed = await database.db
      .insert(centres)
      .values(
        ["1280", "1281"].map((municipalityCode): typeof centres.$inferInsert => ({
          name: `Splitcentralen ${municipalityCode}`,
          municipalityCode,
          kind: "familjecentral",
          baseServices: ["mhv", "bhv", "oppen_forskola", "socialtjanst"],
          activeFrom: "2020-01-01",
        })),
      )
      .returning({ id: centres.id });
    const random = seededRandom(21);
    const channels = ["kiosk", "link", "paper"] as const;
    const locales = ["sv", "ar", "en"];
    const items: ResponseToStore[] = placed.flatMap(({ id }) =>
      (["besok_vuxen", "besok_barn", "spindel"] as const).flatMap((surveyKind) =>
        Array.from({ length: 12 }, (_, i) => ({
          centreId: id,
          kind: surveyKind,
          year: 2026,
          answers: demoAnswers(instrumentUsedIn(surveyKind, 2026), { level: 0, yearsIn: 1 }, random),
          channel: channels[i % 3],
          locale: surveyKind === "spindel" ? "sv" : locales[i % 3],
        })),
      ),
    );
    await storeResponses(database.db, items);
    await storeResponses(database.db, items.slice(0, 5), { counts: "pending" });
    const expected = await snapshot();
    expect(expected.published.some((row) => row.breakdown === "kanal:paper")).toBe(true);
    expect(expected.published.some((row) => row.breakdown === "sprak:ar")).toBe(true);

    expect(expected.published.some((row) => row.breakdown === "besok_frekvens:forsta")).toBe(true);

    // The database as the releases before each split left it, then each migration in turn.
    for (const [file, prefixes] of [
      ["0021_response_splits.sql", ["kanal:", "sprak:"]],
      ["0024_first_visit_split.sql", ["besok_frekvens:"]],
    ] as const) {
      const taken = prefixes.map((p) => `breakdown like '${p}%'`).join(" or ");
      for (const table of ["answer_counts", "published_counts"])
        await database.db.execute(sql.raw(`delete from ${table} where ${taken}`));
      const migration = readFileSync(join(migrationsFolder, file), "utf8");
      for (const statement of migration.split("--> statement-breakpoint"))
        await database.db.execute(sql.raw(statement));
    }

    expect(await snapshot()).toEqual(expected);
  });
});
