/**
 * One form of an e-mail address for every lookup and every limit: trimmed,
 * Unicode-normalised (NFKC, so a full-width "ｕ" is "u") and in lower case.
 * " user@x", "USER@X" and "user@x\t" are then one account with one limit.
 */
export function normaliseEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}
