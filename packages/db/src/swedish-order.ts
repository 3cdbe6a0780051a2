const swedish = new Intl.Collator("sv-SE");

/**
 * Rows in Swedish alphabetical order by one name, then the next (Å, Ä, Ö last, as a Swedish
 * list has them: … Ystad, Åstorp, Ängelholm). The database's collation cannot be relied on
 * for this: PGlite and many servers order by byte, which puts Ä before Å.
 */
export function inSwedishOrder<T>(rows: T[], ...names: ((row: T) => string)[]): T[] {
  return rows.sort((a, b) => {
    for (const name of names) {
      const order = swedish.compare(name(a), name(b));
      if (order !== 0) return order;
    }
    return 0;
  });
}
