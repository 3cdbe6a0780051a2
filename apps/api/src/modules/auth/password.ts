import argon2 from "argon2";

/**
 * argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane): strong enough,
 * and cheap enough that a sign-in stays well under a third of a second here.
 * Hashes made with other parameters still verify: they are stored in the hash.
 */
const parameters = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, parameters);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Whether a stored value is a real password hash (an invited account holds a marker until it sets one). */
export const isPasswordHash = (value: string): boolean => value.startsWith("$argon2");

let timingDecoy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash, so a sign-in for an unknown e-mail, or
 * for an invitee who has not set a password, takes as long as one with a wrong
 * password and reveals neither.
 */
export async function spendVerificationTime(password: string): Promise<false> {
  timingDecoy ??= hashPassword("timing-decoy-password");
  await verifyPassword(await timingDecoy, password);
  return false;
}
