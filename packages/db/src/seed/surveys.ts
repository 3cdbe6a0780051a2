import type { Instrument } from "@fcs/surveys/types";
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { surveyDefinitions } from "../schema/surveys.ts";

/**
 * Makes the database's survey definitions match the instruments this release
 * ships. A published version's questions never change meaning; a correction
 * ships as a new version, so updating in place only refreshes texts.
 */
export async function syncSurveyDefinitions(db: Database, instruments: readonly Instrument[]): Promise<void> {
  await db
    .insert(surveyDefinitions)
    .values(
      instruments.map((i) => ({
        kind: i.kind,
        year: i.year,
        version: i.version,
        definition: i.definition,
        questions: i.questions,
      })),
    )
    .onConflictDoUpdate({
      target: [surveyDefinitions.kind, surveyDefinitions.year, surveyDefinitions.version],
      set: { definition: sql`excluded.definition`, questions: sql`excluded.questions` },
    });
}
