import { exampleAnswers, findInstrument } from "@fcs/surveys";
import type { Database } from "../client.ts";
import { findSurveyDefinitionId } from "../definitions.ts";
import { followUps } from "../schema/followups.ts";

type FollowUpState = "approved" | "submitted" | "draft";

/** Last year's answers differ a little from centre to centre, so comparisons and prefills look real. */
function answersFor(year: number, index: number) {
  const instrument = findInstrument("kvalitetsuppfoljning", year);
  if (!instrument) throw new Error(`no kvalitetsuppfoljning instrument for ${year}`);
  const base: Record<string, unknown> = {
    ...exampleAnswers.kvalitetsuppfoljning,
    gemensam_entre: index % 4 !== 0,
    gemensamt_oppet_timmar: 8 + ((index * 7) % 17),
    sommar_reducering_veckor: 4 + (index % 7),
    husmote_timmar_manad: 2 + (index % 6),
    planeringsdagar_ar: index % 4,
    grupper_fore_fodsel: index % 5 === 0 ? 0 : 3 + (index % 6),
    samordnare_tjanst_procent: 10 + ((index * 5) % 45),
    samordnare_skriftligt: index % 4 !== 1,
    samverkansavtal_reviderat_ar: year - (index % 6),
    samverkansavtal_foljs_upp: index % 5 !== 1,
    verksamhetsberattelse: index % 6 !== 2,
    all_personal_deltar: index % 8 !== 3,
    // What the centre did: the counts a region sums, from small centres to large.
    deltagare_fore_fodsel: 20 + ((index * 13) % 60),
    deltagare_efter_fodsel: 25 + ((index * 17) % 70),
    besok_oppen_forskola: 1500 + ((index * 611) % 6000),
    gemensamma_planer: index % 5,
    gemensamma_hembesok: (index * 3) % 16,
    slussning: {
      bhv: { socialtjanst: (index * 5) % 19, oppen_forskola: 8 + ((index * 7) % 25) },
      mhv: { bhv: 3 + (index % 11) },
      oppen_forskola: { socialtjanst: index % 4, bhv: (index * 2) % 9 },
      socialtjanst: { oppen_forskola: (index * 3) % 7 },
    },
  };
  // Some centres have no steering group yet: then its follow-up questions are not asked.
  if (index % 7 === 4) {
    base.styrgrupp_finns = false;
    delete base.styrgrupp_moten;
    delete base.styrgrupp_brukarrepresentant;
  }
  return Object.fromEntries(Object.entries(base).filter(([key]) => key in instrument.questions));
}

/**
 * Demo follow-ups: every centre's 2025 follow-up approved; in 2026 some
 * submitted, some drafts and the rest not started, so the county coordinator's
 * progress table and review have something to show. `fresh` centres (the demo
 * coordinator's) are left not started in 2026, so their form starts from last year.
 */
export async function seedDemoFollowUps(
  db: Database,
  centreIds: string[],
  options: { reviewerId: string; fresh: string[] },
): Promise<void> {
  const definitions: Record<number, string> = {};
  for (const year of [2025, 2026]) {
    const instrument = findInstrument("kvalitetsuppfoljning", year);
    const id = instrument && (await findSurveyDefinitionId(db, "kvalitetsuppfoljning", year, instrument.version));
    if (!id) throw new Error(`kvalitetsuppfoljning ${year} is not in the database`);
    definitions[year] = id;
  }
  const row = (centreId: string, year: number, status: FollowUpState, index: number) => ({
    centreId,
    year,
    definitionId: definitions[year] as string,
    status,
    answers: answersFor(year, index),
    version: 1,
    updatedBy: options.reviewerId,
  });
  const rows = centreIds.flatMap((centreId, index) => {
    const state2026: FollowUpState | undefined = options.fresh.includes(centreId)
      ? undefined
      : (["submitted", "draft", undefined] as const)[index % 3];
    return [row(centreId, 2025, "approved", index), ...(state2026 ? [row(centreId, 2026, state2026, index)] : [])];
  });
  await db.insert(followUps).values(rows);
}
