import { type Database, eq, findSurveyDefinitionId, responses, selectPreparedRows, sql } from "@fcs/db";
import type { AnonymousSurveyKind, Answers, CountCell } from "@fcs/surveys";

type NewResponseChannel = (typeof responses.$inferInsert)["channel"];

export interface NewResponse {
  id: string;
  definitionId: string;
  kind: AnonymousSurveyKind;
  centreId: string;
  year: number;
  locale: string;
  channel: NewResponseChannel;
  submittedOn: string;
  answers: Answers;
  requestHash: string;
}

export function createResponseRepository(db: Database) {
  return {
    findDefinitionId: (kind: AnonymousSurveyKind, year: number, version: string) =>
      findSurveyDefinitionId(db, kind, year, version),

    async findRequestHash(id: string): Promise<string | undefined> {
      const [row] = await db.select({ requestHash: responses.requestHash }).from(responses).where(eq(responses.id, id));
      return row?.requestHash;
    },

    /**
     * Stores a batch of responses and adds them to the counts rollup in one
     * statement: one round trip, one commit, atomic without an explicit
     * transaction. A response whose id already exists is skipped; the result says,
     * per response, whether it was stored. Rollup rows are incremented once per
     * batch and in a fixed order, so concurrent batches cannot deadlock.
     */
    async storeResponses(batch: { response: NewResponse; cells: CountCell[] }[]): Promise<boolean[]> {
      const rows = batch.map(({ response: r }) => ({
        id: r.id,
        definition_id: r.definitionId,
        kind: r.kind,
        centre_id: r.centreId,
        year: r.year,
        locale: r.locale,
        channel: r.channel,
        submitted_on: r.submittedOn,
        answers: r.answers,
        request_hash: r.requestHash,
      }));
      const cells = batch.flatMap(({ response, cells }) =>
        cells.map((c) => ({ id: response.id, q: c.questionKey, b: c.breakdown, v: c.value })),
      );
      const inserted = await selectPreparedRows<{ id: string }>(
        db,
        sql`with incoming as (
              select distinct on (id) * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
                id uuid, definition_id uuid, kind survey_kind, centre_id uuid, year integer, locale text,
                channel response_channel, submitted_on date, answers jsonb, request_hash text)
            ), inserted as (
              insert into responses (id, definition_id, kind, centre_id, year, locale, channel, submitted_on, answers, request_hash)
              select id, definition_id, kind, centre_id, year, locale, channel, submitted_on, answers, request_hash from incoming
              on conflict (id) do nothing
              returning id, centre_id, kind, year
            ), counted as (
              insert into answer_counts (centre_id, kind, year, question_key, breakdown, value, n)
              select inserted.centre_id, inserted.kind, inserted.year, cell.q, cell.b, cell.v, count(*)::integer
              from inserted
              join jsonb_to_recordset(${JSON.stringify(cells)}::jsonb) as cell(id uuid, q text, b text, v text) on cell.id = inserted.id
              group by 1, 2, 3, 4, 5, 6
              order by 1, 2, 3, 4, 5, 6
              on conflict (centre_id, kind, year, question_key, breakdown, value) do update set n = answer_counts.n + excluded.n
            )
            select id::text as id from inserted`,
      );
      const stored = new Set(inserted.map((row) => row.id));
      // Only the first of several copies of one id in a batch counts as stored.
      return batch.map(({ response }) => stored.delete(response.id));
    },
  };
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
