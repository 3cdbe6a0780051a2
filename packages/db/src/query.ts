/**
 * The query builders repositories use, re-exported so that every package shares
 * this package's single copy of drizzle-orm.
 */
export {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  like,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
