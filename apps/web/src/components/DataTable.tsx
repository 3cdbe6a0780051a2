import type { ReactNode } from "react";

export interface DataRow {
  key: string;
  /** The row's name, read out as the header of each of its cells. */
  header: ReactNode;
  cells: ReactNode[];
  className?: string;
}

/**
 * A table of figures with a caption, column headers and a header cell per row:
 * the form every chart's table alternative and every results table takes.
 */
export function DataTable(props: { caption: string; columns: string[]; rows: DataRow[]; className?: string }) {
  const [first, ...rest] = props.columns;
  return (
    <table className={props.className}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {rest.map((column, i) => (
            // Column titles may repeat (two scopes with one name); their place is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the table
            <th scope="col" key={i}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key} className={row.className}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the fixed columns
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
