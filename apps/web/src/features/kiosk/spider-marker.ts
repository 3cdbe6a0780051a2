/**
 * A per-device note that the spider was answered this year. It only warns
 * against answering twice; it identifies nobody and is never sent anywhere.
 */
const key = (year: number) => `fcs.spindel.besvarad.${year}`;

export const spiderMarker = {
  isSet: (year: number) => localStorage.getItem(key(year)) === "1",
  set: (year: number) => localStorage.setItem(key(year), "1"),
};
