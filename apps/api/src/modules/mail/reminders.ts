import { type Database, runExclusively, selectRows, sql } from "@fcs/db";
import { type SurveyKind, surveyNames } from "@fcs/surveys/kinds";
import type { FastifyBaseLogger } from "fastify";
import type { Mailer } from "./mailer.ts";
import { collectionReminderMail, type ReminderGap } from "./templates.ts";

/** The days before a period closes that its reminder goes out. */
const daysBefore = 7;

interface Lack {
  email: string;
  centre: string;
  periodId: string;
  kind: SurveyKind;
  closes: string;
  answers: number;
  followUpStatus: string | null;
}

/**
 * A week before a collection period closes, the local coordinators of each
 * centre that lacks something hear what: no submitted quality follow-up, or
 * no or few answers to a survey (fewer than the minimum group size, so the
 * centre's own results would stay hidden). It runs once a day across every
 * process; the day's run is claimed in `job_runs`, and the mails go out after
 * the claim is committed, so no coordinator gets the same reminder twice.
 */
export function createReminderJob(
  db: Database,
  mailer: Mailer,
  options: { fewAnswers: number; log: FastifyBaseLogger },
) {
  const lacksOn = (tx: Database, closes: string) =>
    selectRows<Lack>(
      tx,
      sql`select u.email, c.name as centre, p.id as "periodId", p.kind, p.closes::text as closes,
            (select count(*)::int from responses r where r.centre_id = c.id and r.kind = p.kind and r.year = p.year) as answers,
            (select f.status::text from follow_ups f where f.centre_id = c.id and f.year = p.year) as "followUpStatus"
          from collection_periods p
          join municipalities m on m.region_code = p.region_code
          join centres c on c.municipality_code = m.code
            and (c.active_to is null or c.active_to >= p.closes)
          join user_scopes s on s.centre_id = c.id
          join users u on u.id = s.user_id and u.active and u.role = 'local_coordinator'
          where p.closes = ${closes}::date
          order by u.email, c.name, p.kind`,
    );

  function gapOf(lack: Lack): string | undefined {
    const name = surveyNames[lack.kind];
    if (lack.kind === "kvalitetsuppfoljning")
      return lack.followUpStatus === "submitted" || lack.followUpStatus === "approved"
        ? undefined
        : "kvalitetsuppföljningen är inte inskickad";
    if (lack.answers === 0) return `inga svar på ${name} ännu`;
    if (lack.answers < options.fewAnswers)
      return `${lack.answers} svar på ${name}, minst ${options.fewAnswers} behövs för att resultatet ska visas`;
    return undefined;
  }

  return {
    async run(day: string) {
      const closes = new Date(`${day}T12:00:00Z`);
      closes.setUTCDate(closes.getUTCDate() + daysBefore);
      const closesOn = closes.toISOString().slice(0, 10);
      const mails: { to: string; gaps: ReminderGap[] }[] = [];
      const summary = await runExclusively(db, "reminders", day, async (tx) => {
        const byRecipient = new Map<string, Map<string, string[]>>();
        for (const lack of await lacksOn(tx, closesOn)) {
          const gap = gapOf(lack);
          if (!gap) continue;
          const centres = byRecipient.get(lack.email) ?? new Map<string, string[]>();
          centres.set(lack.centre, [...(centres.get(lack.centre) ?? []), gap]);
          byRecipient.set(lack.email, centres);
        }
        for (const [to, centres] of byRecipient)
          mails.push({ to, gaps: [...centres].map(([centre, lacks]) => ({ centre, lacks })) });
        return { closesOn, reminders: mails.length };
      });
      if (!summary) return undefined;
      for (const mail of mails)
        await mailer
          .send(mail.to, collectionReminderMail(closes, mail.gaps, mailer.url("/")))
          .catch((error) => options.log.warn({ err: error, mail: "reminder" }, "a reminder could not be sent"));
      return summary;
    },
  };
}

export type ReminderJob = ReturnType<typeof createReminderJob>;
