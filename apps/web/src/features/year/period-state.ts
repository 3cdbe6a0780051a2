/** Where a period stands on a day (ISO dates): not yet open, running (both days included), or closed. */
export function stateOf(
  period: { opens: string | null; closes: string | null },
  day: string,
): "upcoming" | "running" | "closed" | undefined {
  if (!period.opens || !period.closes) return undefined;
  return day < period.opens ? "upcoming" : day > period.closes ? "closed" : "running";
}
