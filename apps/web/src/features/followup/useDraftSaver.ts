import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../api/client.ts";
import type { draftBackup } from "./draft-backup.ts";

export type SaveState =
  | { kind: "unchanged" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; message: string };

type Answers = Record<string, unknown>;
/** Saves answers on a version and returns the new version; throws an ApiError on refusal. */
export type SaveDraft = (answers: Answers, version: number, keepalive: boolean) => Promise<number>;

/**
 * Saves the follow-up by itself as the coordinator types: a second after the
 * last change, one save at a time, always on the version last saved, and once
 * more (as a keepalive request) when the page is hidden, closed or left for
 * another page of the app. Until the server has it, what was typed is also
 * kept in the tab (`backup`), so an expired sign-in loses nothing: after
 * signing in again the page brings it back. A 409 stops saving and says why,
 * so two editors never overwrite each other unseen.
 */
export function useDraftSaver(
  save: SaveDraft,
  initialVersion: number,
  networkMessage: string,
  backup?: ReturnType<typeof draftBackup>,
  delayMs = 1000,
) {
  const [state, setState] = useState<SaveState>({ kind: "unchanged" });
  const version = useRef(initialVersion);
  const latest = useRef<Answers | undefined>(undefined);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const saveOnce = useCallback(
    async (keepalive: boolean) => {
      if (inFlight.current) await inFlight.current;
      if (!dirty.current || stopped.current || !latest.current) return;
      dirty.current = false;
      setState({ kind: "saving" });
      const attempt = save(latest.current, version.current, keepalive)
        .then((next) => {
          version.current = next;
          if (!dirty.current) backup?.clear();
          setState(dirty.current ? { kind: "pending" } : { kind: "saved", at: new Date() });
        })
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 409) {
            stopped.current = true;
            setState({ kind: "conflict", message: error.message });
            return;
          }
          dirty.current = true;
          setState({ kind: "failed", message: error instanceof ApiError ? error.message : networkMessage });
        });
      inFlight.current = attempt;
      await attempt;
      inFlight.current = undefined;
    },
    [save, networkMessage, backup],
  );

  /**
   * Saves now whatever is not saved yet, and resolves with the version the
   * server holds. A follow-up never saved is saved as shown (e.g. last year's
   * prefill confirmed as it is), so it can be submitted.
   */
  const flush = useCallback(
    async (keepalive = false) => {
      clearTimeout(timer.current);
      if (version.current === 0 && latest.current) dirty.current = true;
      // A second round picks up what was typed while the first save was under way.
      for (let round = 0; round < 2 && dirty.current && !stopped.current; round++) await saveOnce(keepalive);
      if (dirty.current || stopped.current) throw new Error("the draft could not be saved");
      return version.current;
    },
    [saveOnce],
  );

  /** The answers as first shown, before any change: what a first save sends. */
  const know = useCallback((answers: Answers) => {
    latest.current ??= answers;
  }, []);

  const change = useCallback(
    (answers: Answers) => {
      if (stopped.current) return;
      latest.current = answers;
      dirty.current = true;
      backup?.write({ version: version.current, answers });
      setState({ kind: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    [flush, delayMs, backup],
  );

  useEffect(() => {
    const saveBeforeLeaving = () => {
      if (dirty.current) void flush(true).catch(() => undefined);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saveBeforeLeaving();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", saveBeforeLeaving);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", saveBeforeLeaving);
      // Leaving the form for another page of the app fires no pagehide: save what waits now.
      saveBeforeLeaving();
    };
  }, [flush]);

  return { state, know, change, flush, version: () => version.current };
}
