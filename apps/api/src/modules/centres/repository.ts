import {
  type AccessScope,
  and,
  auditLog,
  centreInScope,
  centres,
  type Database,
  eq,
  inSwedishOrder,
  isNull,
  moveCentreAreaCounts,
  municipalities,
  type NewCentre,
  or,
  regions,
  type SQL,
  sql,
} from "@fcs/db";
import { notFound } from "../../errors.ts";

/** What a county coordinator may set on a centre. */
export type CentreChange = Partial<
  Pick<NewCentre, "name" | "municipalityCode" | "kind" | "baseServices" | "otherPartners" | "activeFrom" | "activeTo">
>;

/** Who changed a centre, for the audit log. */
export interface CentreAuthor {
  actorId: string;
  regionCode: string;
}

export interface CentreFilter {
  regionCode?: string;
  municipalityCode?: string;
  includeInactive: boolean;
}

const centreColumns = {
  id: centres.id,
  name: centres.name,
  kind: centres.kind,
  baseServices: centres.baseServices,
  otherPartners: centres.otherPartners,
  activeFrom: centres.activeFrom,
  activeTo: centres.activeTo,
  municipality: { code: municipalities.code, name: municipalities.name },
  region: { code: regions.code, name: regions.name },
};

export function createCentreRepository(db: Database) {
  const baseQuery = () =>
    db
      .select(centreColumns)
      .from(centres)
      .innerJoin(municipalities, eq(municipalities.code, centres.municipalityCode))
      .innerJoin(regions, eq(regions.code, municipalities.regionCode));

  async function findInScope(scope: AccessScope, id: string) {
    const [row] = await baseQuery().where(and(centreInScope(scope), eq(centres.id, id)));
    return row;
  }

  return {
    async listInScope(scope: AccessScope, filter: CentreFilter) {
      const conditions: SQL[] = [centreInScope(scope)];
      if (filter.regionCode) conditions.push(eq(municipalities.regionCode, filter.regionCode));
      if (filter.municipalityCode) conditions.push(eq(centres.municipalityCode, filter.municipalityCode));
      if (!filter.includeInactive) {
        conditions.push(or(isNull(centres.activeTo), sql`${centres.activeTo} >= current_date`) as SQL);
      }
      return inSwedishOrder(
        await baseQuery().where(and(...conditions)),
        (c) => c.region.name,
        (c) => c.municipality.name,
        (c) => c.name,
      );
    },

    findInScope,

    /**
     * The centre if it lies in the scope, else 404 in the same words everywhere: a centre
     * outside one's reach looks exactly like one that does not exist.
     */
    async requireInScope(scope: AccessScope, id: string) {
      const row = await findInScope(scope, id);
      if (!row) throw notFound("Familjecentralen finns inte eller ligger utanför din behörighet.");
      return row;
    },

    async municipalityRegion(code: string) {
      const [row] = await db
        .select({ regionCode: municipalities.regionCode })
        .from(municipalities)
        .where(eq(municipalities.code, code));
      return row?.regionCode;
    },

    /** Creates a centre and logs it, in one transaction; returns its id. */
    create(values: NewCentre, author: CentreAuthor) {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(centres).values(values).returning({ id: centres.id });
        if (!row) throw new Error("insert into centres returned no row");
        await tx.insert(auditLog).values({
          ...author,
          centreId: row.id,
          action: "centre.create",
          details: { after: values },
        });
        return row.id;
      });
    },

    /** Changes a centre and logs what it was before, in one transaction. */
    update(id: string, change: CentreChange, before: Record<string, unknown>, author: CentreAuthor) {
      return db.transaction(async (tx) => {
        const from = before.municipalityCode;
        if (change.municipalityCode && typeof from === "string" && change.municipalityCode !== from)
          await moveCentreAreaCounts(tx, id, from, change.municipalityCode);
        await tx.update(centres).set(change).where(eq(centres.id, id));
        await tx.insert(auditLog).values({
          ...author,
          centreId: id,
          action: "centre.update",
          details: { before, after: change },
        });
      });
    },
  };
}

export type CentreRepository = ReturnType<typeof createCentreRepository>;
export type CentreRow = Awaited<ReturnType<CentreRepository["listInScope"]>>[number];
