import { useId, useState } from "react";
import { type ReportTarget, useSaveAddressee } from "../../api/hooks/reports.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";

/** Who the report is for ("Strategigrupp barn och unga"): said by those who edit it, shown to everyone and in print. */
export function Addressee(props: {
  addressee: string;
  target: ReportTarget;
  year: number;
  version: number;
  editable: boolean;
  onSaved: (version: number) => void;
}) {
  const t = useMessages();
  const r = t.reports;
  const id = useId();
  const [text, setText] = useState(props.addressee);
  const [saved, setSaved] = useState(false);
  const save = useSaveAddressee(props.target, props.year);
  const { error, run } = useAction(t.errors.network);
  if (!props.editable)
    return <p className="report-addressee">{props.addressee ? r.addresseeShown(props.addressee) : r.addresseeNone}</p>;
  return (
    <>
      <p className="report-addressee print-only">{text ? r.addresseeShown(text) : ""}</p>
      <form
        className="no-print report-addressee-form"
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            const result = await save.mutateAsync({ text, version: props.version });
            setSaved(true);
            props.onSaved(result.version);
          });
        }}
      >
        <div className="field">
          <label htmlFor={id}>{r.addresseeLabel}</label>
          <input
            id={id}
            list={`${id}-suggestions`}
            value={text}
            maxLength={200}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setText(e.target.value);
              setSaved(false);
            }}
          />
          <datalist id={`${id}-suggestions`}>
            {r.addresseeSuggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <p id={`${id}-hint`} className="field-hint">
            {r.addresseeHint}
          </p>
        </div>
        <button type="submit" className="button-secondary">
          {r.saveAddressee}
        </button>
        <p role="status" aria-live="polite">
          {saved ? r.addresseeSaved : ""}
        </p>
        <ActionError message={error} />
      </form>
    </>
  );
}
