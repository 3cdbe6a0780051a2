import { type Database, eq, findSurveyDefinitionId, responses, selectPreparedRows, sql } from "@fcs/db";
import type { AnonymousSurveyKind, Answers } from "@fcs/surveys";

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
  tokenId: string;
}

export function createResponseRepository(db: Database) {
  return {
    takeAllowance: (clientKey: string, windowStart: Date) => takeAllowance(db, clientKey, windowStart),

    findDefinitionId: (kind: AnonymousSurveyKind, year: number, version: string) =>
      findSurveyDefinitionId(db, kind, year, version),

    async findRequestHash(id: string): Promise<string | undefined> {
      const [row] = await db.select({ requestHash: responses.requestHash }).from(responses).where(eq(responses.id, id));
      return row?.requestHash;
    },

    /**
     * Stores a batch of responses and marks them pending for the counts rollup in
     * one statement: one round trip, one commit, atomic without an explicit
     * transaction. A response whose id already exists is skipped; the result says,
     * per response, whether it was stored.
     */
    async storeResponses(batch: NewResponse[]): Promise<boolean[]> {
      const rows = batch.map((r) => ({
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
        token_id: r.tokenId,
      }));
      const inserted = await selectPreparedRows<{ id: string }>(
        db,
        sql`with incoming as (
              select distinct on (id) * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
                id uuid, definition_id uuid, kind survey_kind, centre_id uuid, year integer, locale text,
                channel response_channel, submitted_on date, answers jsonb, request_hash text, token_id uuid)
            ), inserted as (
              insert into responses (id, definition_id, kind, centre_id, year, locale, channel, submitted_on, answers, request_hash, token_id)
              select id, definition_id, kind, centre_id, year, locale, channel, submitted_on, answers, request_hash, token_id from incoming
              on conflict (id) do nothing
              returning id
            ), pending as (
              insert into answer_counts_pending (response_id) select id from inserted
            )
            select id::text as id from inserted`,
      );
      const stored = new Set(inserted.map((row) => row.id));
      // Only the first of several copies of one id in a batch counts as stored.
      return batch.map((response) => stored.delete(response.id));
    },
  };
}

/**
 * Counts one submission of a client in the current hour and says how many it
 * has made: in the database, so every server process counts the same.
 */
export async function takeAllowance(db: Database, clientKey: string, windowStart: Date): Promise<number> {
  const [row] = await selectPreparedRows<{ n: number }>(
    db,
    sql`insert into submission_allowances (client_key, window_start, n) values (${clientKey}, ${windowStart.toISOString()}, 1)
        on conflict (client_key, window_start) do update set n = submission_allowances.n + 1
        returning n`,
  );
  return row?.n ?? 0;
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
