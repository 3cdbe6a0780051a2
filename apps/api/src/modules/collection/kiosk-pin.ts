import { pbkdf2Sync, randomBytes } from "node:crypto";

/**
 * PBKDF2 so that the tablet can verify the same hash with WebCrypto, offline.
 * The PIN only keeps visitors from leaving kiosk mode; it is no secret against
 * someone who holds the tablet and its developer tools, and is not meant to be.
 * The hash goes only to the centre's own tablets, and OWASP's iteration count
 * for PBKDF2-SHA256 (600,000) makes each guess cost about a third of a second there.
 */
const iterations = 600_000;

export function hashKioskPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(pin, salt, iterations, 32, "sha256");
  return `pbkdf2-sha256$${iterations}$${salt.toString("base64")}$${hash.toString("base64")}`;
}
