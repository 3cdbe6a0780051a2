import { useEffect, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useFollowUpStep } from "../../api/hooks/followUps.ts";
import { useMessages } from "../../i18n/index.ts";

interface SubmitPanelProps {
  centreId: string;
  year: number;
  /** Saves what is typed and gives the version to submit. */
  flush(): Promise<number>;
  /** Names a question key in words. */
  titleOf(key: string): string;
  /** Whether an answer was changed since the last save: a refusal then no longer describes the form. */
  changed: boolean;
}

/** Sends the follow-up for review; the server checks it is complete and says what is missing if not. */
export function SubmitPanel({ centreId, year, flush, titleOf, changed }: SubmitPanelProps) {
  const t = useMessages();
  const followUpStep = useFollowUpStep(centreId, year);
  const [error, setError] = useState<{ message: string; details: string[] }>();
  const [busy, setBusy] = useState(false);
  // What was missing is put right in the form: the old refusal goes, the next submit checks again.
  useEffect(() => {
    if (changed) setError(undefined);
  }, [changed]);

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      const version = await flush();
      await followUpStep.mutateAsync({ step: "submit", body: { version } });
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
