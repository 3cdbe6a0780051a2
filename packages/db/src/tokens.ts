import { createHash, randomBytes } from "node:crypto";

/**
 * Collection tokens are long random strings, so a fast hash is enough to keep the
 * stored form useless to a reader of the database (no salt needed: nothing to guess).
 */
export function hashCollectionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token: 32 random bytes, URL-safe, for tablets and links. */
export function newCollectionToken(): string {
  return randomBytes(32).toString("base64url");
}
