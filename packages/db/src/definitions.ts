import { and, eq } from "drizzle-orm";
import type { Database } from "./client.ts";
import { surveyDefinitions, type surveyKind } from "./schema/surveys.ts";

/** The stored definition of one instrument version, which responses and follow-ups reference. */
export async function findSurveyDefinitionId(
  db: Database,
  kind: (typeof surveyKind.enumValues)[number],
  year: number,
  version: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: surveyDefinitions.id })
    .from(surveyDefinitions)
    .where(
      and(eq(surveyDefinitions.kind, kind), eq(surveyDefinitions.year, year), eq(surveyDefinitions.version, version)),
    );
  return row?.id;
}
