import argon2 from "argon2";

/** argon2id with the library's defaults (64 MiB, 3 passes): about 100 ms on the reference machine. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

let timingDecoy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash, so a login for an unknown e-mail takes
 * as long as one with a wrong password and does not reveal which e-mails exist.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  timingDecoy ??= hashPassword("timing-decoy-password");
  await verifyPassword(await timingDecoy, password);
}
