import { inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { centres } from "./schema/centres.ts";
import { municipalities, regions } from "./schema/geography.ts";

/**
 * What a signed-in user may see, as sets of regions, municipalities and centres.
 * `all` is the admin's; everybody else sees the union of the listed sets.
 */
export interface AccessScope {
  all: boolean;
  regionCodes: string[];
  municipalityCodes: string[];
  centreIds: string[];
}

/**
 * The WHERE condition that keeps a query on `centres` inside a scope. Every
 * repository that returns centre data puts it in its query, so a forgotten
 * check in a route cannot leak another centre's rows.
 */
export function centreInScope(scope: AccessScope): SQL {
  if (scope.all) return sql`true`;
  const conditions: SQL[] = [];
  if (scope.regionCodes.length > 0) {
    conditions.push(
      inArray(
        centres.municipalityCode,
        sql`(select ${municipalities.code} from ${municipalities} where ${inArray(municipalities.regionCode, scope.regionCodes)})`,
      ),
    );
  }
  if (scope.municipalityCodes.length > 0) conditions.push(inArray(centres.municipalityCode, scope.municipalityCodes));
  if (scope.centreIds.length > 0) conditions.push(inArray(centres.id, scope.centreIds));
  return or(...conditions) ?? sql`false`;
}

/** The WHERE condition that keeps a query on `regions` to the regions a scope administers (county level). */
export function regionInScope(scope: AccessScope): SQL {
  if (scope.all) return sql`true`;
  return scope.regionCodes.length > 0 ? inArray(regions.code, scope.regionCodes) : sql`false`;
}

/** The WHERE condition for centres that were active some time during an activity year (not ended before it began). */
export function centreActiveIn(year: number): SQL {
  return or(isNull(centres.activeTo), sql`${centres.activeTo} >= make_date(${year}, 1, 1)`) as SQL;
}
