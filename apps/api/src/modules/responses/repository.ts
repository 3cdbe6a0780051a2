import {
  and,
  centres,
  collectionPeriods,
  collectionTokens,
  type Database,
  eq,
  hashCollectionToken,
  isNull,
  municipalities,
  type ResponseChannel,
  responses,
  selectRows,
  sql,
  surveyDefinitions,
} from "@fcs/db";
import type { AnonymousSurveyKind, Answers, CountCell } from "@fcs/surveys";

export interface CollectionTokenRow {
  id: string;
  centreId: string;
  regionCode: string;
  kinds: string[];
  channel: ResponseChannel;
}

export interface NewResponse {
  id: string;
  definitionId: string;
  kind: AnonymousSurveyKind;
  centreId: string;
  year: number;
  locale: string;
  channel: ResponseChannel;
  submittedOn: string;
  answers: Answers;
  requestHash: string;
}

export function createResponseRepository(db: Database) {
  return {
    async findActiveToken(token: string): Promise<CollectionTokenRow | undefined> {
      const [row] = await db
        .select({
          id: collectionTokens.id,
          centreId: collectionTokens.centreId,
          regionCode: municipalities.regionCode,
          kinds: collectionTokens.kinds,
          channel: collectionTokens.channel,
        })
        .from(collectionTokens)
        .innerJoin(centres, eq(centres.id, collectionTokens.centreId))
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .where(and(eq(collectionTokens.tokenHash, hashCollectionToken(token)), isNull(collectionTokens.revokedAt)));
      return row;
    },

    async findPeriod(regionCode: string, kind: AnonymousSurveyKind, year: number) {
      const [row] = await db
        .select({ opens: collectionPeriods.opens, closes: collectionPeriods.closes })
        .from(collectionPeriods)
        .where(
          and(
            eq(collectionPeriods.regionCode, regionCode),
            eq(collectionPeriods.kind, kind),
            eq(collectionPeriods.year, year),
          ),
        );
      return row;
    },

    async findDefinitionId(kind: AnonymousSurveyKind, year: number, version: string): Promise<string | undefined> {
      const [row] = await db
        .select({ id: surveyDefinitions.id })
        .from(surveyDefinitions)
        .where(
          and(
            eq(surveyDefinitions.kind, kind),
            eq(surveyDefinitions.year, year),
            eq(surveyDefinitions.version, version),
          ),
        );
      return row?.id;
    },

    async findRequestHash(id: string): Promise<string | undefined> {
      const [row] = await db.select({ requestHash: responses.requestHash }).from(responses).where(eq(responses.id, id));
      return row?.requestHash;
    },

    /**
     * Stores the response and adds it to the counts rollup in one statement: one
     * round trip and one commit, atomic without an explicit transaction. Returns
     * false when a response with this id already exists; nothing is written then.
     * The cells are upserted in a fixed order so concurrent submissions cannot deadlock.
     */
    async storeResponse(response: NewResponse, cells: CountCell[]): Promise<boolean> {
      const [row] = await selectRows<{ inserted: number }>(
        db,
        sql`with inserted as (
              insert into responses (id, definition_id, kind, centre_id, year, locale, channel, submitted_on, answers, request_hash)
              values (${response.id}, ${response.definitionId}, ${response.kind}, ${response.centreId}, ${response.year},
                      ${response.locale}, ${response.channel}, ${response.submittedOn}, ${JSON.stringify(response.answers)}::jsonb,
                      ${response.requestHash})
              on conflict (id) do nothing
              returning centre_id, kind, year
            ), counted as (
              insert into answer_counts (centre_id, kind, year, question_key, breakdown, value, n)
              select inserted.centre_id, inserted.kind, inserted.year, cell.q, cell.b, cell.v, 1
              from inserted, jsonb_to_recordset(${JSON.stringify(cells.map((c) => ({ q: c.questionKey, b: c.breakdown, v: c.value })))}::jsonb)
                as cell(q text, b text, v text)
              order by cell.q, cell.b, cell.v
              on conflict (centre_id, kind, year, question_key, breakdown, value) do update set n = answer_counts.n + 1
            )
            select count(*)::int as inserted from inserted`,
      );
      return (row?.inserted ?? 0) > 0;
    },
  };
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
