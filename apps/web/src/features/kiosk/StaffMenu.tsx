import { type FormEvent, useId, useRef, useState } from "react";
import { ActionError } from "../../components/ActionError.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { clearPinFailures, readPinFailures, recordPinFailure } from "./pin-backoff.ts";
import { verifyStaffPin } from "./staff-pin.ts";

interface StaffMenuProps {
  staffPin: string | null;
  waiting: number;
  onLeave(): void;
  /** Sends what waits; resolves with how many are still waiting. */
  onSendNow(): Promise<number>;
}

/** A discreet corner button for staff: behind the centre's PIN, leave kiosk mode or send waiting answers. */
export function StaffMenu({ staffPin, waiting, onLeave, onSendNow }: StaffMenuProps) {
  const t = useMessages().kiosk;
  const dialog = useRef<HTMLDialogElement>(null);
  const [pin, setPin] = useState("");
  const [unlocked, setUnlocked] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [sendStatus, setSendStatus] = useState("");
  const [error, setError] = useState<string>();
  const errorId = useId();

  function open() {
    setPin("");
    setUnlocked(false);
    setLeaving(false);
    setSendStatus("");
    setError(undefined);
    dialog.current?.showModal();
  }

  /** Staff are told what happened: offline, sent, or how many are still waiting. */
  async function sendNow() {
    if (!navigator.onLine) return setSendStatus(t.sendOffline);
    setSendStatus(t.sending);
    const left = await onSendNow();
    setSendStatus(navigator.onLine ? t.sendDone(left) : t.sendOffline);
  }

  async function unlock(event: FormEvent) {
    event.preventDefault();
    const waitMs = readPinFailures(localStorage).until - Date.now();
    if (waitMs > 0) return setError(t.pinWait(Math.ceil(waitMs / 1000)));
    if (staffPin && (await verifyStaffPin(staffPin, pin))) {
      clearPinFailures(localStorage);
      setUnlocked(true);
    } else {
      const failures = recordPinFailure(localStorage, Date.now());
      const wait = failures.until - Date.now();
      setError(wait > 0 ? `${t.wrongPin} ${t.pinWait(Math.ceil(wait / 1000))}` : t.wrongPin);
    }
  }

  return (
    <div lang="sv" dir="ltr">
      <button type="button" className="kiosk-staff-button" onClick={open}>
        {t.staffButton}
      </button>
      <dialog ref={dialog} className="kiosk-dialog" aria-labelledby="staff-menu-title">
        <h2 id="staff-menu-title">{t.staffMenu}</h2>
        {!staffPin && <p>{t.noPin}</p>}
        {staffPin && !unlocked && (
          <form onSubmit={unlock}>
            <TextField
              id="staff-pin"
              label={t.pin}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={setPin}
              errorId={error ? errorId : undefined}
            />
            <ActionError message={error} id={errorId} />
            <button type="submit">{t.unlock}</button>
          </form>
        )}
        {unlocked && leaving && (
          <div>
            <p>{t.confirmLeave}</p>
            <div className="button-row">
              <button type="button" onClick={onLeave}>
                {t.confirmLeaveYes}
              </button>
              <button type="button" className="button-secondary" onClick={() => setLeaving(false)}>
                {t.confirmLeaveNo}
              </button>
            </div>
          </div>
        )}
        {unlocked && !leaving && (
          <div className="button-row">
            <p>{t.waiting(waiting)}</p>
            <button type="button" onClick={() => void sendNow()}>
              {t.sendNow}
            </button>
            <button type="button" className="button-secondary" onClick={() => setLeaving(true)}>
              {t.leaveKiosk}
            </button>
          </div>
        )}
        <p role="status" aria-live="polite">
          {sendStatus}
        </p>
        <form method="dialog">
          <button type="submit" className="button-secondary">
            {t.close}
          </button>
        </form>
      </dialog>
    </div>
  );
}
