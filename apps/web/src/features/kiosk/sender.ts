import { KioskApiError, kioskApi } from "./kiosk-api.ts";
import { type OutboxEntry, outbox } from "./outbox.ts";

const minimumDelayMs = 2_000;
const maximumDelayMs = 5 * 60_000;

/** Refusals that no retry can change (invalid, not this token's survey, period closed): the entry is dropped. */
const permanentRefusals = new Set([400, 403, 404, 409]);

type Listener = (waiting: number) => void;

/**
 * Sends what the outbox holds, oldest first, whenever the network allows:
 * after each completed survey, when the browser comes online, and on a timer
 * that backs off from 2 s to 5 minutes while the server cannot be reached.
 */
export function createSender(onChange: Listener) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let delay = minimumDelayMs;

  async function sendOne(entry: OutboxEntry): Promise<"sent" | "retry"> {
    try {
      await kioskApi.submit(entry.token, {
        id: entry.id,
        survey: entry.survey,
        year: entry.year,
        locale: entry.locale,
        answers: entry.answers,
      });
      await outbox.remove(entry.id);
      return "sent";
    } catch (error) {
      if (error instanceof KioskApiError && permanentRefusals.has(error.status)) {
        await outbox.remove(entry.id);
        return "sent";
      }
      await outbox.put({ ...entry, attempts: entry.attempts + 1 });
      return "retry";
    }
  }

  async function drain(): Promise<void> {
    const entries = await outbox.all();
    let failed = false;
    for (const entry of entries) {
      if ((await sendOne(entry)) === "retry") {
        failed = true;
        break;
      }
    }
    const waiting = (await outbox.all()).length;
    onChange(waiting);
    delay = failed ? Math.min(delay * 2, maximumDelayMs) : minimumDelayMs;
    if (waiting > 0) schedule(delay);
  }

  function schedule(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  function flush(): Promise<void> {
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  }

  const online = () => {
    delay = minimumDelayMs;
    void flush();
  };
  window.addEventListener("online", online);

  return {
    flush,
    stop() {
      clearTimeout(timer);
      window.removeEventListener("online", online);
    },
  };
}
