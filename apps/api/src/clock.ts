/** Where the app reads the time; tests pass a fixed one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const stockholmDay = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Sweden (YYYY-MM-DD): collection periods open and close by Swedish dates. */
export function swedishDate(at: Date): string {
  return stockholmDay.format(at);
}

const stockholmTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The time of day in Sweden (HH:MM): scheduled work runs at a Swedish hour. */
export function swedishTime(at: Date): string {
  return stockholmTime.format(at);
}
