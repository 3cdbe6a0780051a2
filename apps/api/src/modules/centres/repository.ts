import {
  type AccessScope,
  and,
  asc,
  centreInScope,
  centres,
  type Database,
  eq,
  isNull,
  municipalities,
  or,
  regions,
  type SQL,
  sql,
} from "@fcs/db";

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

  return {
    listInScope(scope: AccessScope, filter: CentreFilter) {
      const conditions: SQL[] = [centreInScope(scope)];
      if (filter.regionCode) conditions.push(eq(municipalities.regionCode, filter.regionCode));
      if (filter.municipalityCode) conditions.push(eq(centres.municipalityCode, filter.municipalityCode));
      if (!filter.includeInactive) {
        conditions.push(or(isNull(centres.activeTo), sql`${centres.activeTo} >= current_date`) as SQL);
      }
      return baseQuery()
        .where(and(...conditions))
        .orderBy(asc(regions.name), asc(municipalities.name), asc(centres.name));
    },

    async findInScope(scope: AccessScope, id: string) {
      const [row] = await baseQuery().where(and(centreInScope(scope), eq(centres.id, id)));
      return row;
    },
  };
}

export type CentreRepository = ReturnType<typeof createCentreRepository>;
export type CentreRow = Awaited<ReturnType<CentreRepository["listInScope"]>>[number];
