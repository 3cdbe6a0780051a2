import type { PeriodInput, Periods } from "@fcs/contracts";
import { type FormEvent, useState } from "react";
import { usePeriods, useSetPeriods } from "../../api/hooks/year.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { stateOf } from "./period-state.ts";

type Period = Periods["periods"][number];

/** The four surveys' collection periods for the region and year, suggested from last year until published. */
export function PeriodsForm({ regionCode, year }: { regionCode: string; year: number }) {
  const query = usePeriods(regionCode, year);
  const t = useMessages().year;

  return (
    <section aria-labelledby="periods-title">
      <h2 id="periods-title">{t.periodsTitle}</h2>
      <p>{t.periodsIntro}</p>
      <QueryStatus query={query}>
        {({ periods }) => <PeriodsEditor regionCode={regionCode} year={year} initial={periods} />}
      </QueryStatus>
    </section>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

function PeriodsEditor({ regionCode, year, initial }: { regionCode: string; year: number; initial: Period[] }) {
  const t = useMessages().year;
  const setPeriodsOf = useSetPeriods(regionCode, year);
  const [periods, setPeriods] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { error, run } = useAction(useMessages().errors.network);

  const edit = (kind: Period["kind"], field: "opens" | "closes", value: string) => {
    setSaved(false);
    setPeriods((current) => current.map((p) => (p.kind === kind ? { ...p, [field]: value || null } : p)));
  };

  function publish(event: FormEvent) {
    event.preventDefault();
    const half = periods.find((p) => (p.opens === null) !== (p.closes === null));
    setProblem(half ? t.periodNeedsBoth(t.surveys[half.kind]) : undefined);
    if (half) return;
    const complete = periods.filter((p): p is Period & PeriodInput => p.opens !== null && p.closes !== null);
    // A running collection that this change would stop: asked once more, since visitors meet a closed survey at once.
    const stopped = complete.filter((p) => {
      const before = initial.find((i) => i.kind === p.kind);
      return before && !before.suggested && stateOf(before, today()) === "running" && stateOf(p, today()) !== "running";
    });
    if (stopped.length > 0 && !window.confirm(t.confirmStop(stopped.map((p) => t.surveys[p.kind])))) return;
    void run(async () => {
      const result = await setPeriodsOf.mutateAsync(
        complete.map(({ kind, opens, closes }) => ({ kind, opens, closes })),
      );
      setPeriods(result.periods);
      setSaved(true);
    });
  }

  return (
    <form onSubmit={publish}>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t.periodsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.surveyColumn}</th>
              <th scope="col">{t.opens}</th>
              <th scope="col">{t.closes}</th>
              <th scope="col">{t.statusColumn}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.kind}>
                <th scope="row">{t.surveys[period.kind]}</th>
                {(["opens", "closes"] as const).map((field) => (
                  <td key={field}>
                    <input
                      type="date"
                      aria-label={`${t.surveys[period.kind]}: ${t[field]}`}
                      value={period[field] ?? ""}
                      onChange={(e) => edit(period.kind, field, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  {period.opens === null
                    ? t.notSet
                    : period.suggested
                      ? t.suggested
                      : `${t.published} – ${t.periodStates[stateOf(period, today()) ?? "upcoming"]}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionError message={problem} />
      <ActionError message={error} />
      <button type="submit">{t.publish}</button>
      {saved && (
        <p role="status" className="notice">
          {t.periodsSaved}
        </p>
      )}
    </form>
  );
}
