import type { FollowUpFigures } from "@fcs/contracts";
import { DataTable } from "../../components/DataTable.tsx";
import { useMessages } from "../../i18n/index.ts";
import { formatDecimal, formatWhole } from "./format.ts";

type Activity = FollowUpFigures["scopes"][number]["activity"];
type ActivityFigure = Activity["totals"][number];

/**
 * What the centres did in the year, from the approved follow-ups: staffing per profession,
 * parent groups, joint work and visits beside the larger areas, and the slussning grid.
 * Small counts of people arrive hidden from the server and read "visas inte".
 */
export function ActivityResults({ figures }: { figures: FollowUpFigures }) {
  const t = useMessages().results.activity;
  const none = useMessages().results.noAnswer;
  const scope = figures.scopes[0];
  if (!scope) return null;
  const defs = figures.activityDefinitions;
  const text = (f: Pick<ActivityFigure, "value" | "hidden"> | undefined, decimals = false) =>
    !f || (f.value === null && !f.hidden)
      ? none
      : f.hidden
        ? t.hidden
        : decimals
          ? formatDecimal(f.value ?? 0)
          : formatWhole(f.value ?? 0);
  const label = (list: { key: string; label: string }[], key: string) => list.find((d) => d.key === key)?.label ?? key;
  return (
    <section aria-labelledby="activity-title" className="results-section">
      <h2 id="activity-title">{t.title}</h2>
      <p>{t.intro(scope.approved)}</p>
      <div className="table-scroll">
        <DataTable
          caption={t.totals}
          columns={[t.figure, ...figures.scopes.map((s) => s.name)]}
          rows={defs.totals.map((d) => ({
            key: d.key,
            header: d.label,
            cells: figures.scopes.map((s) => text(s.activity.totals.find((x) => x.key === d.key))),
          }))}
        />
      </div>
      <div className="table-scroll">
        <DataTable
          caption={t.staffing(scope.name)}
          columns={[t.profession, t.persons, t.fte]}
          rows={scope.activity.staffing.map((s) => ({
            key: s.profession,
            header: label(defs.professions, s.profession),
            cells: [text(s.persons), text(s.fte, true)],
          }))}
        />
      </div>
      <div className="table-scroll">
        <DataTable
          caption={t.flows(scope.name)}
          columns={[t.fromTo, ...defs.services.map((s) => t.to(s.label))]}
          rows={defs.services.map((from) => ({
            key: from.key,
            header: t.from(from.label),
            cells: defs.services.map((to) =>
              to.key === from.key
                ? none
                : text(scope.activity.flows.find((f) => f.from === from.key && f.to === to.key)),
            ),
          }))}
        />
      </div>
    </section>
  );
}
