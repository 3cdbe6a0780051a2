import { createHash, randomUUID } from "node:crypto";
import {
  addCounts,
  applyPublication,
  auditLog,
  type CountedResponse,
  CountsTally,
  type Database,
  findSurveyDefinitionId,
  importedTotals,
  importMappings,
  imports,
  insertAsJson,
  isoTimestamp,
  pendingCounts,
  releaseResults,
  responses,
  runExclusively,
  selectRows,
  sql,
} from "@fcs/db";
import { type AnonymousSurveyKind, type Answers, instrumentUsedIn } from "@fcs/surveys";
import type { ImportMapping } from "./mapping.ts";
import { importedOrigin } from "./origin.ts";
import type { TotalsCell } from "./totals.ts";

/** A row ready to store: its centre, year and checked answers. */
export interface ImportedRow {
  centreId: string;
  year: number;
  answers: Answers;
}

export interface NewImport {
  regionCode: string;
  kind: AnonymousSurveyKind;
  source: string;
  fileName: string;
  mapping: ImportMapping;
  rows: ImportedRow[];
  actorId: string;
  /** Years before this one have closed: their splits and free text are released with the import. */
  currentYear: number;
}

/** Rows written per statement: a few megabytes of answers at most. */
const rowsPerStatement = 2_000;

/** A totals import: the cells it adds, per centre and year, and how many respondents they stand for. */
export interface NewTotalsImport extends Omit<NewImport, "rows" | "mapping"> {
  cells: (TotalsCell & { centreId: string; year: number })[];
  respondents: number;
}

type TotalsCellRow = TotalsCell & { centreId: string; kind: AnonymousSurveyKind; year: number };

/**
 * Records an import in one transaction around `work` (which stores what it brings): the import's
 * row, its earlier years' splits released, and the audit entry (how many, never which answers).
 * A dry run rolls it all back at the end and answers "".
 */
async function recordImport(
  db: Database,
  dryRun: boolean,
  item: Pick<NewImport, "regionCode" | "kind" | "source" | "fileName" | "actorId" | "currentYear"> & {
    form: "responses" | "totals";
    respondents: number;
    years: number[];
  },
  work: (tx: Database, importId: string) => Promise<void>,
): Promise<string> {
  const years = [...new Set(item.years)].sort((a, b) => a - b);
  const rollback = Symbol("dry run");
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(imports)
        .values({
          regionCode: item.regionCode,
          kind: item.kind,
          source: item.source,
          fileName: item.fileName,
          form: item.form,
          responses: item.respondents,
          years,
          createdBy: item.actorId,
        })
        .returning({ id: imports.id });
      if (!created) throw new Error("insert into imports returned no row");
      await work(tx, created.id);
      for (const year of years) if (year < item.currentYear) await releaseResults(tx, item.regionCode, item.kind, year);
      await tx.insert(auditLog).values({
        actorId: item.actorId,
        regionCode: item.regionCode,
        action: "collection.imported",
        details: {
          id: created.id,
          survey: item.kind,
          source: item.source,
          form: item.form,
          responses: item.respondents,
          years,
        },
      });
      if (dryRun) throw rollback;
      return created.id;
    });
  } catch (error) {
    if (error === rollback) return "";
    throw error;
  }
}

export function createImportRepository(db: Database) {
  return {
    /** Every centre of the region, ended ones too (earlier years are theirs). */
    centresOf(regionCode: string) {
      return selectRows<{ id: string; name: string }>(
        db,
        sql`select c.id::text as "id", c.name from centres c
            join municipalities m on m.code = c.municipality_code where m.region_code = ${regionCode}`,
      );
    },

    /** The centre-years of a survey that already have answers (collected here or imported before). */
    async answeredCentreYears(kind: AnonymousSurveyKind, regionCode: string): Promise<Set<string>> {
      const rows = await selectRows<{ centreId: string; year: number }>(
        db,
        sql`select distinct r.centre_id::text as "centreId", r.year from responses r
            join centres c on c.id = r.centre_id join municipalities m on m.code = c.municipality_code
            where r.kind = ${kind} and m.region_code = ${regionCode}
            union
            select distinct t.centre_id::text, t.year from imported_totals t
            join centres c on c.id = t.centre_id join municipalities m on m.code = c.municipality_code
            where t.kind = ${kind} and m.region_code = ${regionCode}`,
      );
      return new Set(rows.map((r) => `${r.centreId}|${r.year}`));
    },

    async savedMapping(regionCode: string, kind: AnonymousSurveyKind, source: string) {
      const [row] = await selectRows<{ mapping: ImportMapping }>(
        db,
        sql`select mapping from import_mappings where region_code = ${regionCode} and kind = ${kind} and source = ${source}`,
      );
      return row?.mapping;
    },

    async list(regionCode: string) {
      const rows = await selectRows<{
        id: string;
        survey: string;
        source: string;
        fileName: string;
        form: "responses" | "totals";
        responses: number;
        years: number[];
        createdAt: string;
        createdBy: string;
        undoneAt: string | null;
      }>(
        db,
        sql`select i.id::text as "id", i.kind as "survey", i.source, i.file_name as "fileName", i.form, i.responses, i.years,
              i.created_at as "createdAt", coalesce(u.display_name, '') as "createdBy", i.undone_at as "undoneAt"
            from imports i left join users u on u.id = i.created_by
            where i.region_code = ${regionCode} order by i.created_at desc`,
      );
      return rows.map((r) => ({
        ...r,
        createdAt: isoTimestamp(r.createdAt),
        undoneAt: r.undoneAt ? isoTimestamp(r.undoneAt) : null,
      }));
    },

    /**
     * Stores an import in one transaction: its responses (channel import, waiting for the counts and
     * the next publication like any answer) and the mapping for its source. With `dryRun` the
     * transaction is rolled back at the end.
     */
    store(item: NewImport, dryRun: boolean): Promise<string> {
      const years = item.rows.map((r) => r.year);
      return recordImport(
        db,
        dryRun,
        { ...item, form: "responses", respondents: item.rows.length, years },
        async (tx, importId) => {
          const definitions = new Map<number, string>();
          for (const year of new Set(years)) {
            const instrument = instrumentUsedIn(item.kind, year);
            const id = await findSurveyDefinitionId(tx, item.kind, instrument.year, instrument.version);
            if (!id) throw new Error(`${item.kind} ${instrument.year} is not in the database`);
            definitions.set(year, id);
          }
          for (let start = 0; start < item.rows.length; start += rowsPerStatement) {
            const batch = item.rows.slice(start, start + rowsPerStatement).map((row) => {
              const id = randomUUID();
              return {
                id,
                definitionId: definitions.get(row.year) as string,
                kind: item.kind,
                centreId: row.centreId,
                year: row.year,
                locale: importedOrigin.locale,
                channel: "import" as const,
                submittedOn: `${row.year}-12-31`,
                answers: row.answers,
                requestHash: createHash("sha256")
                  .update(`${id}${JSON.stringify(row.answers)}`)
                  .digest("hex"),
                importId,
              };
            });
            await insertAsJson(tx, responses, batch);
            await insertAsJson(
              tx,
              pendingCounts,
              batch.map(({ id }) => ({ responseId: id })),
            );
          }
          await tx
            .insert(importMappings)
            .values({ regionCode: item.regionCode, kind: item.kind, source: item.source, mapping: item.mapping })
            .onConflictDoUpdate({
              target: [importMappings.regionCode, importMappings.kind, importMappings.source],
              set: { mapping: item.mapping, updatedAt: sql`now()` },
            });
        },
      );
    },

    /**
     * Stores a totals import in one transaction: its cells (kept to be undone), added to the live
     * counts and published at once — they are sums already, and every centre-year in them holds at
     * least the minimum group size (service.ts). With `dryRun` the transaction is rolled back at the end.
     */
    storeTotals(item: NewTotalsImport, dryRun: boolean): Promise<string> {
      const years = item.cells.map((c) => c.year);
      return recordImport(db, dryRun, { ...item, form: "totals", years }, async (tx, importId) => {
        const cells = item.cells.map((c) => ({ ...c, kind: item.kind, importId }));
        for (let start = 0; start < cells.length; start += rowsPerStatement)
          await insertAsJson(tx, importedTotals, cells.slice(start, start + rowsPerStatement));
        const tally = new CountsTally();
        for (const cell of cells) tally.addCell(cell);
        await addCounts(tx, tally.rows());
        await applyPublication(tx, tally);
      });
    },

    /**
     * Takes a whole import out, under the publication's lock: its answers leave the live counts and
     * the published counts (with the area sums) and are deleted; the import stays, marked undone.
     * False when the region has no such import that is not undone already.
     */
    async undo(regionCode: string, importId: string, actorId: string): Promise<boolean> {
      const done = await runExclusively(db, "publication", undefined, async (tx) => {
        const [found] = await selectRows<{ id: string; kind: string; responses: number }>(
          tx,
          sql`select id::text as "id", kind, responses from imports
              where id = ${importId} and region_code = ${regionCode} and undone_at is null for update`,
        );
        if (!found) return { undone: false };
        // A fold running now holds the import's pending rows: wait for it, so each answer is taken out once.
        await tx.execute(
          sql`select response_id from answer_counts_pending
              where response_id in (select id from responses where import_id = ${importId}) for update`,
        );
        const stored = await selectRows<CountedResponse & { published: boolean; pending: boolean }>(
          tx,
          sql`select r.centre_id::text as "centreId", r.kind, r.year, r.answers, r.channel, r.locale, r.published,
                exists (select 1 from answer_counts_pending p where p.response_id = r.id) as "pending"
              from responses r where r.import_id = ${importId}`,
        );
        const totals = await selectRows<TotalsCellRow>(
          tx,
          sql`select centre_id::text as "centreId", kind, year, question_key as "questionKey", breakdown, value, n
              from imported_totals where import_id = ${importId}`,
        );
        const live = new CountsTally();
        const published = new CountsTally();
        for (const response of stored) {
          if (!response.pending) live.add(response, -1);
          if (response.published) published.add(response, -1);
        }
        for (const cell of totals) {
          live.addCell(cell, -1);
          published.addCell(cell, -1);
        }
        await addCounts(tx, live.rows());
        const centreIds = JSON.stringify([...new Set([...stored, ...totals].map((r) => r.centreId))]);
        await tx.execute(
          sql`delete from answer_counts where n <= 0
              and centre_id in (select jsonb_array_elements_text(${centreIds}::jsonb)::uuid)`,
        );
        await applyPublication(tx, published);
        // Its centre-years had only its answers (service.ts): their publication records go with them.
        await tx.execute(
          sql`delete from publications where respondents = 0 and kind = ${found.kind}
              and centre_id in (select jsonb_array_elements_text(${centreIds}::jsonb)::uuid)`,
        );
        await tx.execute(sql`delete from responses where import_id = ${importId}`);
        await tx.execute(sql`delete from imported_totals where import_id = ${importId}`);
        await tx.execute(sql`update imports set undone_at = now(), undone_by = ${actorId} where id = ${importId}`);
        await tx.insert(auditLog).values({
          actorId,
          regionCode,
          action: "collection.import_undone",
          details: { id: importId, survey: found.kind, responses: found.responses },
        });
        return { undone: true };
      });
      return done?.undone === true;
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
