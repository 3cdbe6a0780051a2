import { useMessages } from "../../i18n/index.ts";
import type { SaveState } from "./useDraftSaver.ts";

const timeFormat = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** Whether what was typed is saved; a conflict or failure is said plainly, with the way out. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useMessages();
  if (state.kind === "conflict" || state.kind === "failed") {
    return (
      <div role="alert" className="notice notice-error">
        <p>{state.message}</p>
        {state.kind === "conflict" && (
          <button type="button" onClick={() => window.location.reload()}>
            {t.followUp.reload}
          </button>
        )}
      </div>
    );
  }
  const text =
    state.kind === "saved" ? t.followUp.save.saved(timeFormat.format(state.at)) : t.followUp.save[state.kind];
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
