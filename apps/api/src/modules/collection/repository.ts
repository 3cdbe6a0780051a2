import {
  and,
  answerCounts,
  asc,
  type CountsRollup,
  centres,
  collectionPeriods,
  collectionTokens,
  type Database,
  eq,
  gt,
  isNull,
  kioskEnrolments,
  municipalities,
  ne,
  or,
  type ResponseChannel,
  sql,
} from "@fcs/db";
import { respondentCell, type SurveyKind } from "@fcs/surveys";
import { anonymousSurveyKinds } from "@fcs/surveys/kinds";

export interface CollectionTokenRow {
  id: string;
  centreId: string;
  regionCode: string;
  kinds: string[];
  channel: ResponseChannel;
  lastUsedOn: string | null;
}

export function createCollectionRepository(db: Database, counts: Pick<CountsRollup, "catchUp">) {
  return {
    async findActiveToken(tokenHash: string): Promise<CollectionTokenRow | undefined> {
      const [row] = await db
        .select({
          id: collectionTokens.id,
          centreId: collectionTokens.centreId,
          regionCode: municipalities.regionCode,
          kinds: collectionTokens.kinds,
          channel: collectionTokens.channel,
          lastUsedOn: collectionTokens.lastUsedOn,
        })
        .from(collectionTokens)
        .innerJoin(centres, eq(centres.id, collectionTokens.centreId))
        .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
        .where(and(eq(collectionTokens.tokenHash, tokenHash), isNull(collectionTokens.revokedAt)));
      return row;
    },

    /** The centre's paper channel (see TokenAccess.paper), made if missing; undefined once revoked. */
    async paperToken(centreId: string): Promise<CollectionTokenRow | undefined> {
      const tokenHash = `paper:${centreId}`;
      await db
        .insert(collectionTokens)
        .values({ tokenHash, centreId, kinds: [...anonymousSurveyKinds], channel: "paper", label: "Pappersenkäter" })
        .onConflictDoNothing();
      return this.findActiveToken(tokenHash);
    },

    async findPeriod(regionCode: string, kind: SurveyKind, year: number) {
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

    async markUsed(tokenId: string, day: string): Promise<void> {
      await db
        .update(collectionTokens)
        .set({ lastUsedOn: day })
        .where(
          and(
            eq(collectionTokens.id, tokenId),
            or(isNull(collectionTokens.lastUsedOn), ne(collectionTokens.lastUsedOn, day)),
          ),
        );
    },

    async findKioskCentre(centreId: string) {
      const [row] = await db
        .select({ name: centres.name, kioskPinHash: centres.kioskPinHash })
        .from(centres)
        .where(eq(centres.id, centreId));
      return row;
    },

    async setKioskPin(centreId: string, kioskPinHash: string): Promise<void> {
      await db.update(centres).set({ kioskPinHash }).where(eq(centres.id, centreId));
    },

    async insertToken(token: {
      tokenHash: string;
      centreId: string;
      kinds: SurveyKind[];
      channel: ResponseChannel;
      label: string;
    }) {
      const [row] = await db
        .insert(collectionTokens)
        .values(token)
        .returning({ id: collectionTokens.id, createdAt: collectionTokens.createdAt });
      if (!row) throw new Error("insert into collection_tokens returned no row");
      return row;
    },

    listTokens(centreId: string) {
      return db
        .select({
          id: collectionTokens.id,
          label: collectionTokens.label,
          channel: collectionTokens.channel,
          kinds: collectionTokens.kinds,
          createdAt: collectionTokens.createdAt,
          lastUsedOn: collectionTokens.lastUsedOn,
          revokedAt: collectionTokens.revokedAt,
        })
        .from(collectionTokens)
        .where(eq(collectionTokens.centreId, centreId))
        .orderBy(asc(collectionTokens.createdAt));
    },

    /** Revokes a token of the centre; returns its hash so caches can forget it, or nothing if there is no such token. */
    async revokeToken(centreId: string, tokenId: string): Promise<string | undefined> {
      const [row] = await db
        .update(collectionTokens)
        .set({ revokedAt: sql`coalesce(${collectionTokens.revokedAt}, now())` })
        .where(and(eq(collectionTokens.id, tokenId), eq(collectionTokens.centreId, centreId)))
        .returning({ tokenHash: collectionTokens.tokenHash });
      return row?.tokenHash;
    },

    /** Respondents per survey for a centre and year, from the rollup (counts only: never answers). */
    async respondentCounts(centreId: string, year: number) {
      await counts.catchUp();
      return db
        .select({ kind: answerCounts.kind, n: answerCounts.n })
        .from(answerCounts)
        .where(
          and(
            eq(answerCounts.centreId, centreId),
            eq(answerCounts.year, year),
            eq(answerCounts.questionKey, respondentCell.questionKey),
            eq(answerCounts.breakdown, ""),
          ),
        );
    },

    async insertEnrolment(enrolment: {
      codeHash: string;
      centreId: string;
      label: string;
      createdBy: string;
      expiresAt: Date;
    }) {
      await db.insert(kioskEnrolments).values(enrolment);
    },

    /** Uses an enrolment code once: only the first caller within its lifetime gets the centre. */
    async consumeEnrolment(codeHash: string, now: Date) {
      const [row] = await db
        .update(kioskEnrolments)
        .set({ usedAt: now })
        .where(
          and(
            eq(kioskEnrolments.codeHash, codeHash),
            isNull(kioskEnrolments.usedAt),
            gt(kioskEnrolments.expiresAt, now),
          ),
        )
        .returning({ centreId: kioskEnrolments.centreId, label: kioskEnrolments.label });
      return row;
    },
  };
}

export type CollectionRepository = ReturnType<typeof createCollectionRepository>;
