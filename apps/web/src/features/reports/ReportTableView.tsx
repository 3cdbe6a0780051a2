import type { ReportModel } from "@fcs/contracts";
import { formatOfCell } from "@fcs/contracts/report-format";
import { DataTable } from "../../components/DataTable.tsx";
import { formatDecimal, formatPercent, formatWhole } from "../results/format.ts";

type Table = ReportModel["chapters"][number]["tables"][number];
type Cell = Table["rows"][number][number];

/** A report cell in Swedish: 4,2, 81 %, 1 234, or the text as it is (the suppression marker included). */
export function reportCellText(cell: Cell, format: Table["columns"][number]["format"]): string {
  if (cell === null) return "–";
  if (typeof cell === "string") return cell;
  if (format === "percent") return formatPercent(cell / 100);
  if (format === "decimal") return formatDecimal(cell);
  return formatWhole(cell);
}

export function ReportTableView({ table }: { table: Table }) {
  return (
    // A wide table scrolls sideways; as a named, focusable region it can be scrolled by keyboard too.
    // In print a table of more than six columns gets a page of its own, across.
    <section
      className={table.columns.length > 6 ? "table-scroll report-table-wide" : "table-scroll"}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      aria-label={table.title}
    >
      <DataTable
        caption={table.title}
        columns={table.columns.map((c) => c.title)}
        rows={table.rows.map((row, r) => ({
          // Rows are fixed for the report; their order is their identity.
          key: String(r),
          header: reportCellText(row[0] ?? null, table.columns[0]?.format ?? "text"),
          cells: table.columns
            .slice(1)
            .map((_, i) => reportCellText(row[i + 1] ?? null, formatOfCell(table, r, i + 1))),
        }))}
      />
    </section>
  );
}
