/** Wrong PINs allowed before the tablet makes staff wait. */
const freeTries = 3;
/** The first wait; it doubles with each further wrong PIN, up to `longestWaitMs`. */
const firstWaitMs = 30_000;
const longestWaitMs = 15 * 60_000;

/** How long to wait after this many wrong PINs in a row: a 6-digit PIN cannot be guessed by hand at the tablet. */
export function pinWaitMs(failures: number): number {
  if (failures < freeTries) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** (failures - freeTries));
}

const storageKey = "fcs.kiosk.pin-failures";

interface Failures {
  count: number;
  /** Epoch ms until which no PIN is checked. */
  until: number;
}

/** Wrong PINs are remembered on the tablet, so reloading the page does not reset the wait. */
export function readPinFailures(storage: Pick<Storage, "getItem">): Failures {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey) ?? "") as Partial<Failures>;
    return { count: Number(parsed.count) || 0, until: Number(parsed.until) || 0 };
  } catch {
    return { count: 0, until: 0 };
  }
}

export function recordPinFailure(storage: Pick<Storage, "getItem" | "setItem">, now: number): Failures {
  const count = readPinFailures(storage).count + 1;
  const failures = { count, until: now + pinWaitMs(count) };
  storage.setItem(storageKey, JSON.stringify(failures));
  return failures;
}

export function clearPinFailures(storage: Pick<Storage, "removeItem">): void {
  storage.removeItem(storageKey);
}
