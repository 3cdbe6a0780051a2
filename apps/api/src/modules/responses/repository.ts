import {
  and,
  answerCounts,
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
     * Stores the response and adds it to the counts rollup in one transaction.
     * Returns false when a response with this id already exists (a concurrent
     * retry won the race); nothing is written then.
     */
    async insertResponse(response: NewResponse, cells: CountCell[]): Promise<boolean> {
      return db.transaction(async (tx) => {
        const inserted = await tx
          .insert(responses)
          .values(response)
          .onConflictDoNothing({ target: responses.id })
          .returning({ id: responses.id });
        if (inserted.length === 0) return false;
        // A stable order of the upserted rows keeps concurrent submissions from deadlocking.
        const sorted = [...cells].sort((a, b) => cellKey(a).localeCompare(cellKey(b)));
        await tx
          .insert(answerCounts)
          .values(
            sorted.map((cell) => ({
              centreId: response.centreId,
              kind: response.kind,
              year: response.year,
              questionKey: cell.questionKey,
              breakdown: cell.breakdown,
              value: cell.value,
              n: 1,
            })),
          )
          .onConflictDoUpdate({
            target: [
              answerCounts.centreId,
              answerCounts.kind,
              answerCounts.year,
              answerCounts.questionKey,
              answerCounts.breakdown,
              answerCounts.value,
            ],
            set: { n: sql`${answerCounts.n} + 1` },
          });
        return true;
      });
    },
  };
}

const cellKey = (cell: CountCell) => `${cell.questionKey}\u0000${cell.breakdown}\u0000${cell.value}`;

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
