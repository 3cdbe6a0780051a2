import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a code read aloud or typed on a tablet must not be misread. */
const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Eight characters in two groups ("K7PM-3QXD"): 31^8 ≈ 850 billion codes, single use, valid for minutes. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The form a code is compared in: capitals, no separators or spaces. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
