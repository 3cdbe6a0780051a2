import { surveyKinds } from "@fcs/surveys/kinds";
import type { Database } from "../client.ts";
import { initialRegionCodes } from "../reference/geography.ts";
import { collectionPeriods, collectionTokens } from "../schema/surveys.ts";
import { hashCollectionToken } from "../tokens.ts";

/** Fixed demo tokens for the Malmö demo centre, listed in the README. */
export const demoCollectionTokens = { visitors: "demo-besok-malmo", staff: "demo-personal-malmo" } as const;

/** Autumn collection periods for every demo region and survey: 2025 closed, 2026 open now (November 2026). */
export async function seedDemoCollection(db: Database, malmoCentreId: string): Promise<void> {
  const periods = initialRegionCodes.flatMap((regionCode) =>
    surveyKinds.flatMap((kind) => [
      { regionCode, kind, year: 2025, opens: "2025-09-01", closes: "2025-12-15" },
      { regionCode, kind, year: 2026, opens: "2026-09-01", closes: "2026-12-15" },
    ]),
  );
  await db.insert(collectionPeriods).values(periods);
  await db.insert(collectionTokens).values([
    {
      tokenHash: hashCollectionToken(demoCollectionTokens.visitors),
      centreId: malmoCentreId,
      kinds: ["besok_vuxen", "besok_barn"],
      channel: "kiosk",
      label: "Demo: surfplatta i väntrummet",
    },
    {
      tokenHash: hashCollectionToken(demoCollectionTokens.staff),
      centreId: malmoCentreId,
      kinds: ["spindel"],
      channel: "link",
      label: "Demo: personallänk för spindelmätningen",
    },
  ]);
}
