/** The format of a report table's cell: its row's where the rows differ (key figures), else its column's. */
type Format = "text" | "count" | "decimal" | "percent";

export function formatOfCell(
  table: { columns: readonly { format: Format }[]; rowFormats?: readonly Format[] },
  row: number,
  column: number,
): Format {
  const own = table.columns[column]?.format ?? "text";
  if (column === 0 || own === "text") return own;
  return table.rowFormats?.[row] ?? own;
}
