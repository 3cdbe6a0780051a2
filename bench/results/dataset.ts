/**
 * The national benchmark dataset: 300 centres in the four regions, ten activity
 * years, about a million visitor and staff responses, generated from the same
 * plausible distributions as the demo data and stored with their counts rollup.
 * Built once per database and kept (bench/.data for PGlite, a database of its
 * own on the server), since building it takes minutes.
 */
import {
  centres,
  count,
  type Database,
  type DatabaseHandle,
  eq,
  findSurveyDefinitionId,
  followUps,
  insertAsJson,
  municipalities,
  regions,
  responses,
  sql,
} from "@fcs/db";
import {
  generateResponses,
  type ResponsePlan,
  seedReferenceData,
  storeResponses,
  syncSurveyDefinitions,
} from "@fcs/db/seed";
import { exampleAnswers, findInstrument, instruments } from "@fcs/surveys";

export const datasetYears = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const centresPerRegion = 75;
/** Per centre and year: adults, children, staff — about 333 responses, so 300 × 10 × 333 ≈ 1,000,000. */
const sizes = { besok_vuxen: 230, besok_barn: 80, spindel: 23 };

export async function ensureDataset(handle: DatabaseHandle, log: (line: string) => void, scale = 1) {
  const db = handle.db;
  await handle.migrate();
  await seedReferenceData(db);
  await syncSurveyDefinitions(db, instruments);
  const [existing] = await db.select({ n: count() }).from(responses);
  if ((existing?.n ?? 0) > 0) {
    log(`dataset present: ${existing?.n} responses`);
    return;
  }
  const plans = await insertCentres(db);
  const started = performance.now();
  let stored = 0;
  let chunk = [];
  const scaled = plans.map((p) => ({
    ...p,
    sizes: {
      besok_vuxen: Math.round(p.sizes.besok_vuxen * scale),
      besok_barn: Math.round(p.sizes.besok_barn * scale),
      spindel: Math.round(p.sizes.spindel * scale),
    },
  }));
  for (const response of generateResponses(scaled, { years: datasetYears, seed: 42 })) {
    chunk.push(response);
    if (chunk.length === 20_000) {
      await storeResponses(db, chunk, { batchSize: 2_000 });
      stored += chunk.length;
      chunk = [];
      if (stored % 100_000 === 0)
        log(`  ${stored} responses stored (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  }
  await storeResponses(db, chunk, { batchSize: 2_000 });
  stored += chunk.length;
  await db.execute(sql`analyze`);
  log(`dataset built: ${stored} responses in ${Math.round((performance.now() - started) / 1000)} s`);
}

async function insertCentres(db: Database): Promise<ResponsePlan[]> {
  // The regions the installation serves (Skåne, Jönköping, Örebro, Sörmland), as before every
  // region of Sweden was in the reference data: 300 centres, about 1.1 million responses.
  const all = await db
    .select({ code: municipalities.code, regionCode: municipalities.regionCode })
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .where(eq(regions.active, true));
  const byRegion = new Map<string, string[]>();
  for (const m of all) byRegion.set(m.regionCode, [...(byRegion.get(m.regionCode) ?? []), m.code]);
  const rows = [...byRegion.entries()].flatMap(([regionCode, codes]) =>
    Array.from({ length: centresPerRegion }, (_, i) => ({
      name: `Benchcentralen ${regionCode}-${i + 1}`,
      municipalityCode: codes[i % codes.length] as string,
      kind: "familjecentral" as const,
      baseServices: ["mhv", "bhv", "oppen_forskola", "socialtjanst"] as (
        | "mhv"
        | "bhv"
        | "oppen_forskola"
        | "socialtjanst"
      )[],
      activeFrom: "2010-01-01",
    })),
  );
  await insertAsJson(db, centres, rows);
  const inserted = await db.select({ id: centres.id }).from(centres);
  return inserted.map(({ id }, index) => ({ centreId: id, level: (((index * 37) % 21) - 10) / 10, sizes }));
}

/** Approved quality follow-ups for every centre in the last two years, so the report's chapters are full. */
export async function ensureFollowUps(db: Database, approvedBy: string) {
  const [existing] = await db.select({ n: count() }).from(followUps);
  if ((existing?.n ?? 0) > 0) return;
  const all = await db.select({ id: centres.id }).from(centres);
  for (const year of [2024, 2025]) {
    const instrument = findInstrument("kvalitetsuppfoljning", Math.max(2025, year));
    const definitionId =
      instrument && (await findSurveyDefinitionId(db, "kvalitetsuppfoljning", instrument.year, instrument.version));
    if (!definitionId) throw new Error("no kvalitetsuppfoljning definition");
    await insertAsJson(
      db,
      followUps,
      all.map(({ id }, index) => ({
        centreId: id,
        year,
        definitionId,
        status: "approved" as const,
        answers: { ...exampleAnswers.kvalitetsuppfoljning, gemensamt_oppet_timmar: 8 + ((index * 7) % 17) },
        version: 3,
        updatedBy: approvedBy,
      })),
    );
  }
}
