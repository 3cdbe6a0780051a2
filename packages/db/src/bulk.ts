import { getTableColumns, getTableName, type SQL, sql, type Table } from "drizzle-orm";
import type { Database } from "./client.ts";

/**
 * Inserts many rows as one JSON parameter unpacked by the server
 * (`jsonb_to_recordset`), for seeding and benchmark data: a statement with
 * thousands of bound parameters is slow to build and bind, above all on PGlite.
 * Measured here: demo responses seed in a third of the time of a multi-row insert.
 */
export async function insertAsJson<T extends Table>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  options: { onConflictAdd?: { target: string[]; column: string } } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in (rows[0] as object));
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const types: SQL = sql.raw(columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(", "));
  const payload = rows.map((row) =>
    Object.fromEntries(columns.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key]])),
  );
  const add = options.onConflictAdd;
  // Counts that already exist are added to, as the submission path does.
  const onConflict = add
    ? sql` on conflict (${sql.join(
        add.target.map((c) => sql.identifier(c)),
        sql`, `,
      )}) do update set ${sql.identifier(add.column)} = ${sql.identifier(getTableName(table))}.${sql.identifier(add.column)} + excluded.${sql.identifier(add.column)}`
    : sql``;
  await db.execute(
    sql`insert into ${sql.identifier(getTableName(table))} (${names})
        select ${names} from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as x(${types})${onConflict}`,
  );
}
