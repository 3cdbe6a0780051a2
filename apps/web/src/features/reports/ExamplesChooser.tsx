import type { ReportModel } from "@fcs/contracts";
import { useState } from "react";
import { type ReportTarget, useChooseExamples } from "../../api/hooks/reports.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { useMessages } from "../../i18n/index.ts";

/** The county coordinator picks which good examples from the follow-ups go into the report. */
export function ExamplesChooser(props: { model: ReportModel; target: ReportTarget; year: number }) {
  const t = useMessages();
  const r = t.reports;
  const chooseExamples = useChooseExamples(props.target, props.year);
  const [chosen, setChosen] = useState(
    () => new Set(props.model.exampleCandidates.filter((c) => c.chosen).map((c) => c.centreId)),
  );
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction(t.errors.network);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setSaved(false);
  };
  return (
    <section aria-labelledby="examples-title" className="report-chapter no-print">
      <h2 id="examples-title">{r.examplesTitle}</h2>
      <p>{r.examplesIntro}</p>
      {props.model.exampleCandidates.length === 0 ? (
        <p>{r.noExamples}</p>
      ) : (
        <fieldset>
          <legend className="visually-hidden">{r.examplesTitle}</legend>
          {props.model.exampleCandidates.map((c) => (
            <div key={c.centreId} className="checkbox-field">
              <input
                type="checkbox"
                id={`example-${c.centreId}`}
                checked={chosen.has(c.centreId)}
                onChange={() => toggle(c.centreId)}
              />
              <label htmlFor={`example-${c.centreId}`}>
                <strong>{c.centre}:</strong> {c.text}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {props.model.exampleCandidates.length > 0 && (
        <button
          type="button"
          onClick={() =>
            void run(async () => {
              await chooseExamples.mutateAsync({ centreIds: [...chosen], version: props.model.version });
              setSaved(true);
            })
          }
        >
          {r.saveExamples}
        </button>
      )}
      <p role="status" aria-live="polite">
        {saved ? r.examplesSaved : ""}
      </p>
      <ActionError message={error} />
    </section>
  );
}
