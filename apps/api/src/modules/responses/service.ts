import { type AnonymousSurveyKind, countCells, findInstrument, type Instrument, validatorFor } from "@fcs/surveys";
import { type Clock, swedishDate } from "../../clock.ts";
import { AppError } from "../../errors.ts";
import type { ResponseRepository } from "./repository.ts";
import { requestHash } from "./request-hash.ts";

export interface Submission {
  id: string;
  survey: AnonymousSurveyKind;
  year: number;
  locale: string;
  answers: Record<string, unknown>;
}

export type SubmissionOutcome = { status: "stored" } | { status: "already_stored" };

const surveyNames: Record<AnonymousSurveyKind, string> = {
  besok_vuxen: "besöksenkäten för vuxna",
  besok_barn: "besöksenkäten för barn",
  spindel: "spindelmätningen",
};

export function createResponseService(repository: ResponseRepository, clock: Clock) {
  const definitionIds = new Map<Instrument, string>();

  async function definitionIdOf(instrument: Instrument & { kind: AnonymousSurveyKind }): Promise<string> {
    let id = definitionIds.get(instrument);
    if (!id) {
      id = await repository.findDefinitionId(instrument.kind, instrument.year, instrument.version);
      if (!id) throw new Error(`survey definition ${instrument.kind} ${instrument.version} is not in the database`);
      definitionIds.set(instrument, id);
    }
    return id;
  }

  return {
    /**
     * Stores an anonymous response from a tablet or a link. The token decides the
     * centre. A retry of a stored response (same id, same content) succeeds again
     * without storing anything; the answer goes out only after the commit.
     */
    async submit(token: string | undefined, submission: Submission): Promise<SubmissionOutcome> {
      if (!token) throw new AppError(401, "missing_collection_token", "Insamlingsnyckel saknas (X-Collection-Token).");
      const access = await repository.findActiveToken(token);
      if (!access) {
        throw new AppError(401, "invalid_collection_token", "Insamlingsnyckeln är ogiltig eller har återkallats.");
      }
      const kind = submission.survey;
      if (!access.kinds.includes(kind)) {
        throw new AppError(403, "survey_not_allowed", `Den här insamlingsnyckeln gäller inte ${surveyNames[kind]}.`);
      }
      const instrument = findInstrument(kind, submission.year);
      if (!instrument) {
        throw new AppError(
          404,
          "unknown_survey",
          `${capitalise(surveyNames[kind])} finns inte för år ${submission.year}.`,
        );
      }
      if (!(instrument.locales as readonly string[]).includes(submission.locale)) {
        throw new AppError(400, "unsupported_locale", `Enkäten finns inte på språket "${submission.locale}".`, [
          { field: "body.locale", message: `ska vara ett av ${instrument.locales.join(", ")}` },
        ]);
      }

      const hash = requestHash({ centre: access.centreId, ...submission });
      const replay = await outcomeOfExisting(repository, submission.id, hash);
      if (replay) return replay;

      const today = swedishDate(clock());
      const period = await repository.findPeriod(access.regionCode, kind, submission.year);
      if (!period || today < period.opens || today > period.closes) {
        const when = period ? ` (${period.opens}–${period.closes})` : "";
        throw new AppError(
          403,
          "collection_closed",
          `Insamlingsperioden för ${surveyNames[kind]} ${submission.year} är inte öppen${when}.`,
        );
      }

      const result = validatorFor(instrument)(submission.answers);
      if (!result.ok) {
        throw new AppError(
          400,
          "invalid_answers",
          "Svaren innehåller fel; se details.",
          result.issues.map((issue) => ({ field: `answers.${issue.question}`, message: issue.message })),
        );
      }

      const stored = await repository.insertResponse(
        {
          id: submission.id,
          definitionId: await definitionIdOf({ ...instrument, kind }),
          kind,
          centreId: access.centreId,
          year: submission.year,
          locale: submission.locale,
          channel: access.channel,
          submittedOn: today,
          answers: result.answers,
          requestHash: hash,
        },
        countCells(instrument, result.answers),
      );
      if (stored) return { status: "stored" };
      return (await outcomeOfExisting(repository, submission.id, hash)) ?? { status: "already_stored" };
    },
  };
}

async function outcomeOfExisting(
  repository: ResponseRepository,
  id: string,
  hash: string,
): Promise<SubmissionOutcome | undefined> {
  const existing = await repository.findRequestHash(id);
  if (existing === undefined) return undefined;
  if (existing !== hash) {
    throw new AppError(
      409,
      "duplicate_id",
      "Ett annat svar med samma id finns redan; skapa ett nytt id för ett nytt svar.",
    );
  }
  return { status: "already_stored" };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
