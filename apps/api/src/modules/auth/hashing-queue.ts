import { AppError } from "../../errors.ts";

/**
 * Password hashing bounded to `concurrency` at a time with at most
 * `maxWaiting` in line: a flood of sign-ins gets 503 at once instead of
 * queueing argon2 work (19 MiB each) until the server runs out of memory and time.
 */
export function createHashingQueue(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting)
        throw new AppError(503, "busy", "Inloggningen är hårt belastad just nu. Försök igen om en liten stund.");
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
