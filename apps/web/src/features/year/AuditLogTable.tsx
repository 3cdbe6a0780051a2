import { isLogKind, type LogKind } from "@fcs/contracts/log-kinds";
import { useState } from "react";
import { useAuditLog } from "../../api/hooks/year.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { SelectField } from "../../components/SelectField.tsx";
import { useMessages } from "../../i18n/index.ts";

const when = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short" });

/** The region's log for the year, newest first: who did what. */
export function AuditLogTable({ regionCode, year }: { regionCode: string; year: number }) {
  const t = useMessages().year;
  const [kind, setKind] = useState<LogKind | "">("");
  const log = useAuditLog(regionCode, year, kind);

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t.logTitle}</h2>
      <p>{t.logIntro}</p>
      <SelectField
        label={t.logKind}
        value={kind}
        options={Object.entries(t.logKinds).map(([value, label]) => ({ value, label }))}
        onChange={(value) => setKind(isLogKind(value) ? value : "")}
      />
      <QueryStatus query={log}>
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
