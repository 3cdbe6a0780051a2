import type { AccessScope, UserRole } from "@fcs/db";
import { draftValidatorFor, findInstrument, validatorFor } from "@fcs/surveys";
import { AppError, notFound } from "../../errors.ts";
import type { CentreRepository } from "../centres/repository.ts";
import type { FollowUpNotifier } from "../mail/notifications.ts";
import type { FollowUpRepository } from "./repository.ts";
import { type FollowUpAction, type FollowUpState, transition } from "./status.ts";

export interface Actor {
  userId: string;
  role: UserRole;
  scope: AccessScope;
}

const invalidAnswers = (message: string, issues: { question: string; message: string }[]) =>
  new AppError(
    400,
    "invalid_answers",
    message,
    issues.map((issue) => ({ field: `answers.${issue.question}`, message: issue.message })),
  );

const conflict = () =>
  new AppError(
    409,
    "version_conflict",
    "Någon annan har ändrat kvalitetsuppföljningen sedan du öppnade den. Ladda om sidan.",
  );

export function createFollowUpService(
  repository: FollowUpRepository,
  centres: CentreRepository,
  notify: FollowUpNotifier = () => {},
) {
  async function load(actor: Actor, centreId: string, year: number) {
    const centre = await centres.requireInScope(actor.scope, centreId);
    const instrument = findInstrument("kvalitetsuppfoljning", year);
    if (!instrument) throw notFound(`Det finns ingen kvalitetsuppföljning för år ${year}.`);
    return { centre, instrument, row: await repository.find(centreId, year) };
  }

  return {
    async view(actor: Actor, centreId: string, year: number) {
      const { instrument, row } = await load(actor, centreId, year);
      const [previous, history] = await Promise.all([
        repository.find(centreId, year - 1),
        repository.history(centreId, year),
      ]);
      // Only an approved answer of last year, and only for a question that still exists, is offered to confirm.
      const lastYear =
        previous?.status === "approved"
          ? Object.fromEntries(Object.entries(previous.answers).filter(([key]) => key in instrument.questions))
          : {};
      return {
        centreId,
        year,
        status: (row?.status ?? "not_started") as FollowUpState,
        version: row?.version ?? 0,
        answers: row?.answers ?? {},
        returnComment: row?.returnComment ?? null,
        updatedAt: row?.updatedAt.toISOString() ?? null,
        lastYear,
        history: history.map((entry) => ({
          at: entry.at.toISOString(),
          step: entry.action.replace("follow_up.", "") as FollowUpAction,
          by: entry.by,
          to: entry.details.to as FollowUpState,
          ...(typeof entry.details.comment === "string" ? { comment: entry.details.comment } : {}),
        })),
      };
    },

    /** One step of the follow-up's life, on the version the caller last saw; the route has checked the permission (each step's endpoint names it). */
    async act(
      actor: Actor,
      centreId: string,
      year: number,
      action: FollowUpAction,
      input: { version: number; answers?: Record<string, unknown>; comment?: string },
    ) {
      const { centre, instrument, row } = await load(actor, centreId, year);
      const from = row?.status ?? "not_started";
      const next = transition(from, action);
      if ("refusal" in next) throw new AppError(409, "invalid_transition", next.refusal);
      if (input.version !== (row?.version ?? 0)) throw conflict();

      let answers = row?.answers ?? {};
      if (action === "save") {
        // A draft holds only the instrument's questions with values of the right kind; nothing is required yet.
        const draft = draftValidatorFor(instrument)(input.answers ?? {});
        if (!draft.ok) throw invalidAnswers("Utkastet innehåller fel.", draft.issues);
        answers = draft.answers;
      }
      if (action === "submit") {
        const result = validatorFor(instrument)(answers);
        if (!result.ok) throw invalidAnswers("Kvalitetsuppföljningen är inte komplett.", result.issues);
      }
      const definitionId = await repository.findDefinitionId(year, instrument.version);
      if (!definitionId) throw new Error(`kvalitetsuppfoljning ${instrument.version} is not in the database`);
      const version = await repository.change({
        centreId,
        regionCode: centre.region.code,
        year,
        definitionId,
        status: next.to,
        answers,
        returnComment: action === "return" ? (input.comment ?? null) : (row?.returnComment ?? null),
        actorId: actor.userId,
        action: `follow_up.${action}`,
        from,
        expectedVersion: input.version,
      });
      if (version === undefined) throw conflict();
      notify({
        step: action,
        centre: { id: centreId, name: centre.name, regionCode: centre.region.code },
        year,
        comment: input.comment ?? null,
      });
      return { status: next.to, version };
    },
  };
}
