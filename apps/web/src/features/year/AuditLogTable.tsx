import { useCallback, useState } from "react";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";

const when = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short" });

/** The region's log for the year, newest first: who did what. */
export function AuditLogTable({ regionCode, year }: { regionCode: string; year: number }) {
  const t = useMessages().year;
  const { api } = useSession();
  const [kind, setKind] = useState("");
  const load = useCallback(
    (signal: AbortSignal) => api.auditLog(regionCode, year, kind, signal),
    [api, regionCode, year, kind],
  );
  const { state, retry } = useApiQuery(load, useMessages().errors.network);

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t.logTitle}</h2>
      <p>{t.logIntro}</p>
      <SelectField
        label={t.logKind}
        value={kind}
        options={Object.entries(t.logKinds).map(([value, label]) => ({ value, label }))}
        onChange={setKind}
      />
      <QueryStatus state={state} retry={retry}>
        {({ entries }) =>
          entries.length === 0 ? (
            <p>{t.logEmpty}</p>
          ) : (
            <div className="table-scroll">
              <DataTable
                caption={t.logTitle}
                captionHidden
                columns={[t.logColumns.at, t.logColumns.by, t.logColumns.action, t.logColumns.centre]}
                rows={entries.map((entry) => ({
                  key: entry.id,
                  header: <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>,
                  cells: [
                    entry.by,
                    `${t.actions[entry.action] ?? entry.action}${
                      entry.action === "period.set"
                        ? ` (${t.surveys[String(entry.details.kind) as keyof typeof t.surveys] ?? ""})`
                        : ""
                    }`,
                    entry.centre?.name ?? "–",
                  ],
                }))}
              />
            </div>
          )
        }
      </QueryStatus>
    </section>
  );
}
