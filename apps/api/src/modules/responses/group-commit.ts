/**
 * Group commit: while one batch is being written, new items wait and are written
 * together as the next batch, in one statement and one commit. A lone item is
 * written at once, so under light load nothing waits; under heavy load the
 * per-commit cost is shared. Each caller is answered only after its own batch
 * has committed. When a batch fails, its items are written again one by one,
 * so one item the database refuses fails alone and every other is stored.
 */
export function createGroupCommit<T, R>(write: (batch: T[]) => Promise<R[]>, maxBatch: number) {
  const queue: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await write(batch.map((entry) => entry.item));
        for (const [index, entry] of batch.entries()) entry.resolve(results[index] as R);
      } catch (error) {
        if (batch.length === 1) batch[0]?.reject(error);
        else for (const entry of batch) await writeAlone(entry);
      }
    }
    writing = false;
  }

  async function writeAlone(entry: (typeof queue)[number]): Promise<void> {
    try {
      const [result] = await write([entry.item]);
      entry.resolve(result as R);
    } catch (error) {
      entry.reject(error);
    }
  }

  return (item: T): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
