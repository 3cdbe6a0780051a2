import { surveyKinds } from "@fcs/surveys/kinds";
import type { Database } from "../client.ts";
import { initialRegionCodes } from "../reference/geography.ts";
import { collectionPeriods, collectionTokens } from "../schema/surveys.ts";
import { hashCollectionToken } from "../tokens.ts";

/** Fixed demo tokens for the Malmö demo centre, listed in the README. */
export const demoCollectionTokens = { visitors: "demo-besok-malmo", staff: "demo-personal-malmo" } as const;

/**
 * Demo collection periods for every demo region: the three surveys in the autumn (2025 closed,
 * 2026 open now, November 2026); the quality follow-up, which counts the whole year, in the
 * first quarter after it (2025's closed, 2026's opening in January 2027).
 */
export async function seedDemoCollection(db: Database, malmoCentreId: string): Promise<void> {
  const periods = initialRegionCodes.flatMap((regionCode) =>
    surveyKinds.flatMap((kind) =>
      [2025, 2026].map((year) =>
        kind === "kvalitetsuppfoljning"
          ? { regionCode, kind, year, opens: `${year + 1}-01-15`, closes: `${year + 1}-03-31` }
          : { regionCode, kind, year, opens: `${year}-09-01`, closes: `${year}-12-15` },
      ),
    ),
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
