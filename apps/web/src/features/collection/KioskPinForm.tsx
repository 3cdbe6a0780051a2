import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useSetKioskPin } from "../../api/hooks/collection.ts";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";

/** Sets the PIN that staff type to leave kiosk mode on the centre's tablets. */
export function KioskPinForm({ centreId }: { centreId: string }) {
  const t = useMessages().collection;
  const setKioskPin = useSetKioskPin(centreId);
  const [pin, setPin] = useState("");
  const [result, setResult] = useState<{ ok: boolean; message: string }>();
  const messageId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!/^[0-9]{6,8}$/.test(pin)) return setResult({ ok: false, message: t.pinInvalid });
    try {
      await setKioskPin.mutateAsync(pin);
      setPin("");
      setResult({ ok: true, message: t.pinSaved });
    } catch (error) {
      setResult({ ok: false, message: error instanceof ApiError ? error.message : t.pinInvalid });
    }
  }

  return (
    <section aria-labelledby="kiosk-pin">
      <h2 id="kiosk-pin">{t.pinTitle}</h2>
      <p>{t.pinIntro}</p>
      <form onSubmit={save} className="inline-form" noValidate>
        <TextField
          id="kiosk-pin-input"
          label={t.pinLabel}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={setPin}
          errorId={result && !result.ok ? messageId : undefined}
        />
        <button type="submit">{t.pinSave}</button>
      </form>
      {result && (
        <p
          id={messageId}
          role={result.ok ? "status" : "alert"}
          className={result.ok ? "notice" : "notice notice-error"}
        >
          {result.message}
        </p>
      )}
    </section>
  );
}
