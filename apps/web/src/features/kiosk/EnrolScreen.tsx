import { type FormEvent, useId, useState } from "react";
import { ActionError } from "../../components/ActionError.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { type KioskDevice, saveDevice } from "./device.ts";
import { KioskApiError, kioskApi } from "./kiosk-api.ts";

/** Staff type the code from "Insamling" once; the tablet then keeps its own token. */
export function EnrolScreen({ notice, onEnrolled }: { notice?: string; onEnrolled(device: KioskDevice): void }) {
  const t = useMessages().kiosk;
  // The coordinator's QR code opens /kiosk#kod=XXXX-XXXX with the code filled in.
  const [code, setCode] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get("kod") ?? "");
  const [error, setError] = useState<string>();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const { token, label } = await kioskApi.enrol(code);
      const device = { token, label };
      saveDevice(device);
      onEnrolled(device);
    } catch (caught) {
      setError(caught instanceof KioskApiError ? caught.message : t.network);
    }
  }

  return (
    <main className="kiosk-screen kiosk-enrol" lang="sv">
      <h1>{t.enrolTitle}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <p>{t.enrolIntro}</p>
      <form onSubmit={submit}>
        <TextField
          id="kiosk-code"
          label={t.enrolCode}
          value={code}
          onChange={setCode}
          autoComplete="off"
          autoCapitalize="characters"
          errorId={error ? errorId : undefined}
          required
        />
        <ActionError message={error} id={errorId} />
        <button type="submit">{t.enrolSubmit}</button>
      </form>
    </main>
  );
}
