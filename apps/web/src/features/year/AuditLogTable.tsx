import { useCallback } from "react";
import { useApiQuery } from "../../api/useApiQuery.ts";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { useMessages } from "../../i18n/index.ts";
import { useSession } from "../auth/session.tsx";

const when = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short" });

/** The region's log for the year, newest first: who did what. */
export function AuditLogTable({ regionCode, year }: { regionCode: string; year: number }) {
  const t = useMessages().year;
  const { api } = useSession();
  const load = useCallback((signal: AbortSignal) => api.auditLog(regionCode, year, signal), [api, regionCode, year]);
  const { state, retry } = useApiQuery(load, useMessages().errors.network);

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t.logTitle}</h2>
      <p>{t.logIntro}</p>
      <QueryStatus state={state} retry={retry}>
        {({ entries }) =>
          entries.length === 0 ? (
            <p>{t.logEmpty}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t.logTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.logColumns.at}</th>
                    <th scope="col">{t.logColumns.by}</th>
                    <th scope="col">{t.logColumns.action}</th>
                    <th scope="col">{t.logColumns.centre}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
                      </td>
                      <td>{entry.by}</td>
                      <td>
                        {t.actions[entry.action] ?? entry.action}
                        {entry.action === "period.set" &&
                          ` (${t.surveys[String(entry.details.kind) as keyof typeof t.surveys] ?? ""})`}
                      </td>
                      <td>{entry.centre?.name ?? "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryStatus>
    </section>
  );
}
