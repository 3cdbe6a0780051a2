import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";

interface SubmitPanelProps {
  centreId: string;
  year: number;
  /** Saves what is typed and gives the version to submit. */
  flush(): Promise<number>;
  /** Names a question key in words. */
  titleOf(key: string): string;
  onDone(): void;
}

/** Sends the follow-up for review; the server checks it is complete and says what is missing if not. */
export function SubmitPanel({ centreId, year, flush, titleOf, onDone }: SubmitPanelProps) {
  const t = useMessages();
  const { api } = useSession();
  const [error, setError] = useState<{ message: string; details: string[] }>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      const version = await flush();
      await api.followUpStep(centreId, year, "submit", { version });
      onDone();
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? {
              message: caught.message,
              details: caught.body.details.map((d) => `${titleOf(d.field.replace(/^answers\./, ""))}: ${d.message}`),
            }
          : { message: t.errors.network, details: [] },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="action-panel">
      <button type="button" onClick={() => void submit()} disabled={busy}>
        {t.followUp.submit}
      </button>
      {error && (
        <div role="alert" className="notice notice-error">
          <p>{error.message}</p>
          {error.details.length > 0 && (
            <ul>
              {error.details.map((field) => (
                <li key={field}>{field}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
