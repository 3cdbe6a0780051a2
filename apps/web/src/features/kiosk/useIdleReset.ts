import { useEffect, useRef, useState } from "react";

/**
 * Counts down to a reset while nobody touches the screen: after `idleMs` a
 * warning shows for `warningSeconds`, then `onReset` runs. Any touch, click or
 * key press starts the wait again.
 */
export function useIdleReset(active: boolean, idleMs: number, warningSeconds: number, onReset: () => void) {
  const [secondsLeft, setSecondsLeft] = useState<number | undefined>();
  const reset = useRef(onReset);
  reset.current = onReset;

  useEffect(() => {
    if (!active) {
      setSecondsLeft(undefined);
      return;
    }
    let idleTimer: ReturnType<typeof setTimeout>;
    let countdown: ReturnType<typeof setInterval> | undefined;
    const startWaiting = () => {
      clearTimeout(idleTimer);
      if (countdown) clearInterval(countdown);
      countdown = undefined;
      setSecondsLeft(undefined);
      idleTimer = setTimeout(() => {
        let left = warningSeconds;
        setSecondsLeft(left);
        countdown = setInterval(() => {
          left -= 1;
          if (left <= 0) {
            if (countdown) clearInterval(countdown);
            setSecondsLeft(undefined);
            reset.current();
          } else {
            setSecondsLeft(left);
          }
        }, 1000);
      }, idleMs);
    };
    const events = ["pointerdown", "keydown", "touchstart", "input"] as const;
    for (const name of events) window.addEventListener(name, startWaiting, { passive: true });
    startWaiting();
    return () => {
      clearTimeout(idleTimer);
      if (countdown) clearInterval(countdown);
      for (const name of events) window.removeEventListener(name, startWaiting);
    };
  }, [active, idleMs, warningSeconds]);

  return secondsLeft;
}
