import type { ReactNode } from "react";

export interface DataRow {
  key: string;
  /** The row's name, read out as the header of each of its cells. */
  header: ReactNode;
  cells: ReactNode[];
  className?: string;
  /** A class per cell, in the order of `cells`, where a cell needs one (an outcome's colour, a button row). */
  cellClassNames?: (string | undefined)[];
}

/**
 * A table with a caption, column headers and a header cell per row: the form
 * every chart's table alternative, every results table and every list of
 * records takes. A caption that only repeats the heading above is hidden from sight.
 */
export function DataTable(props: {
  caption: string;
  captionHidden?: boolean;
  columns: ReactNode[];
  rows: DataRow[];
  className?: string;
}) {
  const [first, ...rest] = props.columns;
  return (
    <table className={props.className}>
      <caption className={props.captionHidden ? "visually-hidden" : undefined}>{props.caption}</caption>
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
              <td key={i} className={row.cellClassNames?.[i]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
