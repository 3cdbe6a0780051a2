import { describe, expect, it } from "vitest";
import { clearPinFailures, pinWaitMs, readPinFailures, recordPinFailure } from "./pin-backoff.ts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("the staff PIN's back-off on the tablet", () => {
  it("lets staff mistype three times, then waits 30 s, doubling up to 15 minutes", () => {
    expect([0, 1, 2].map(pinWaitMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5].map(pinWaitMs)).toEqual([30_000, 60_000, 120_000]);
    expect(pinWaitMs(20)).toBe(15 * 60_000);
  });

  it("remembers wrong PINs across a reload, and forgets them after the right one", () => {
    const storage = memoryStorage();
    for (let i = 0; i < 3; i++) recordPinFailure(storage, 1_000);
    expect(readPinFailures(storage)).toEqual({ count: 3, until: 31_000 });
    clearPinFailures(storage);
    expect(readPinFailures(storage)).toEqual({ count: 0, until: 0 });
  });

  it("treats unreadable storage as no failures", () => {
    const storage = memoryStorage();
    storage.setItem("fcs.kiosk.pin-failures", "{not json");
    expect(readPinFailures(storage)).toEqual({ count: 0, until: 0 });
  });
});
