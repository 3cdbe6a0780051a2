/**
 * A small time-bounded cache for lookups that every submission repeats and that
 * rarely change (a tablet's token, a region's collection period). A change made
 * elsewhere is seen at most `ttlMs` later; `forget` makes it immediate here.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  forget(key: K): void {
    this.entries.delete(key);
  }
}
