import type { TokenActivity as Activity } from "@fcs/contracts";
import { type FormEvent, useState } from "react";
import { useExclude, useRevokeExclusion, useTokenActivity } from "../../api/hooks/collection.ts";
import { useAction } from "../../api/useAction.ts";
import { ActionError } from "../../components/ActionError.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { QueryStatus } from "../../components/QueryStatus.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useMessages } from "../../i18n/index.ts";

type Token = Activity["tokens"][number];

/**
 * Answers per tablet and link and day, the days that stand out, and leaving a
 * stuffed link's answers out of the results (kept, reversible, logged).
 */
export function TokenActivity({ centreId, year }: { centreId: string; year: number }) {
  const t = useMessages().collection;
  const activity = useTokenActivity(centreId, year);

  return (
    <section aria-labelledby="activity">
      <h2 id="activity">{t.activityTitle}</h2>
      <p>{t.activityIntro}</p>
      <QueryStatus query={activity}>
        {(activity) => (
          <>
            {activity.tokens.every((token) => token.days.length === 0) && <p>{t.activityNone}</p>}
            {activity.tokens
              .filter((token) => token.days.length > 0)
              .map((token) => (
                <TokenDays key={token.id} centreId={centreId} token={token} />
              ))}
            <Exclusions centreId={centreId} activity={activity} />
          </>
        )}
      </QueryStatus>
    </section>
  );
}

function TokenDays({ centreId, token }: { centreId: string; token: Token }) {
  const t = useMessages().collection;
  const excludeDays = useExclude(centreId);
  const burstDay = token.days.find((d) => d.burst && !d.excluded)?.day;
  const [from, setFrom] = useState(burstDay ?? token.days[0]?.day ?? "");
  const [to, setTo] = useState(burstDay ?? token.days.at(-1)?.day ?? "");
  const [reason, setReason] = useState("");
  const { error, run } = useAction(useMessages().errors.network);
  const id = `token-${token.id}`;

  function exclude(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await excludeDays.mutateAsync({ tokenId: token.id, from, to, reason: reason.trim() });
      setReason("");
    });
  }

  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {token.label} ({t.channels[token.channel] ?? token.channel})
      </h3>
      <div className="table-scroll">
        <DataTable
          caption={t.daysCaption(token.label)}
          captionHidden
          columns={[t.activityColumns.day, t.activityColumns.answers, t.activityColumns.note]}
          rows={token.days.map((d) => ({
            key: d.day,
            header: d.day,
            className: d.burst ? "row-flagged" : undefined,
            cells: [d.n, [d.burst ? t.burst : "", d.excluded ? t.excludedDay : ""].filter(Boolean).join(", ")],
          }))}
        />
      </div>
      <form onSubmit={exclude} className="inline-form" aria-label={t.excludeTitle(token.label)}>
        <TextField id={`${id}-from`} label={t.excludeFrom} type="date" value={from} onChange={setFrom} />
        <TextField id={`${id}-to`} label={t.excludeTo} type="date" value={to} onChange={setTo} />
        <TextField id={`${id}-reason`} label={t.excludeReason} value={reason} onChange={setReason} maxLength={500} />
        <button type="submit" className="button-secondary">
          {t.excludeSubmit}
        </button>
      </form>
      <p className="field-hint">{t.excludeNote}</p>
      <ActionError message={error} />
    </section>
  );
}

function Exclusions({ centreId, activity }: { centreId: string; activity: Activity }) {
  const t = useMessages().collection;
  const revokeExclusion = useRevokeExclusion(centreId);
  const { error, run } = useAction(useMessages().errors.network);
  if (activity.exclusions.length === 0) return null;
  const c = t.exclusionColumns;
  return (
    <section aria-labelledby="exclusions">
      <h3 id="exclusions">{t.exclusionsTitle}</h3>
      <ActionError message={error} />
      <div className="table-scroll">
        <DataTable
          caption={t.exclusionsTitle}
          captionHidden
          columns={[c.token, c.days, c.answers, c.reason, c.by, c.status]}
          rows={activity.exclusions.map((e) => ({
            key: e.id,
            header: e.tokenLabel,
            cells: [
              e.from === e.to ? e.from : `${e.from} – ${e.to}`,
              e.responses,
              e.reason,
              e.createdBy,
              e.revokedAt ? (
                t.exclusionRevoked
              ) : (
                <button
                  key="undo"
                  type="button"
                  className="button-secondary"
                  aria-label={t.undoExclusion(e.tokenLabel)}
                  onClick={() =>
                    void run(async () => {
                      await revokeExclusion.mutateAsync(e.id);
                    })
                  }
                >
                  {t.undoShort}
                </button>
              ),
            ],
          }))}
        />
      </div>
    </section>
  );
}
