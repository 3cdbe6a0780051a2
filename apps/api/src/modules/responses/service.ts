import { createHmac } from "node:crypto";
import type { CountsRollup } from "@fcs/db";
import { type AnonymousSurveyKind, findInstrument, type Instrument, validatorFor } from "@fcs/surveys";
import { surveyNames } from "@fcs/surveys/kinds";
import { type Clock, swedishDate } from "../../clock.ts";
import { AppError } from "../../errors.ts";
import type { PeriodAccess } from "../collection/period-access.ts";
import type { CollectionTokenRow } from "../collection/repository.ts";
import type { TokenAccess } from "../collection/token-access.ts";
import { createGroupCommit } from "./group-commit.ts";
import type { ResponseRepository } from "./repository.ts";
import { requestHash } from "./request-hash.ts";

export interface Submission {
  id: string;
  survey: AnonymousSurveyKind;
  year: number;
  locale: string;
  answers: Record<string, unknown>;
}

type AnonymousInstrument = Instrument & { kind: AnonymousSurveyKind };

export type SubmissionOutcome = { status: "stored" } | { status: "already_stored" };

/** Submissions written together at most; a batch's statement stays well under a megabyte. */
const maxBatch = 100;

export function createResponseService(
  repository: ResponseRepository,
  collection: { tokens: TokenAccess; periods: PeriodAccess },
  clock: Clock,
  counts: Pick<CountsRollup, "schedule">,
  links: LinkLimit,
) {
  const definitionIds = new Map<Instrument, string>();
  const store = createGroupCommit(repository.storeResponses, maxBatch);

  async function definitionIdOf(instrument: AnonymousInstrument): Promise<string> {
    let id = definitionIds.get(instrument);
    if (!id) {
      id = await repository.findDefinitionId(instrument.kind, instrument.year, instrument.version);
      if (!id) throw new Error(`survey definition ${instrument.kind} ${instrument.version} is not in the database`);
      definitionIds.set(instrument, id);
    }
    return id;
  }

  function instrumentFor(access: CollectionTokenRow, submission: Submission) {
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
    // The registry's own object: the validator and the definition id are cached by its identity.
    return instrument as AnonymousInstrument;
  }

  return {
    /**
     * Stores an anonymous response from a tablet or a link. The token decides the
     * centre. A retry of a stored response (same id, same content) succeeds again
     * without storing anything, even after the period closed; the answer goes out
     * only after the commit.
     */
    async submit(token: string | undefined, submission: Submission, clientAddress: string): Promise<SubmissionOutcome> {
      return storeThrough(await collection.tokens.resolve(token), submission, clientAddress);
    },

    /**
     * Stores a paper form of the centre as staff type it in: through the centre's paper channel,
     * with the same validation, period and retry rules, and the day of entry as its day.
     */
    async enterPaper(centreId: string, submission: Submission): Promise<SubmissionOutcome> {
      return storeThrough(await collection.tokens.paper(centreId), submission, "");
    },
  };

  async function storeThrough(
    access: CollectionTokenRow,
    submission: Submission,
    clientAddress: string,
  ): Promise<SubmissionOutcome> {
    const instrument = instrumentFor(access, submission);
    const hash = requestHash({ centre: access.centreId, ...submission });
    const today = swedishDate(clock());

    const { period, open } = await collection.periods.state(
      access.regionCode,
      submission.survey,
      submission.year,
      today,
    );
    if (!open) {
      const replay = await outcomeOfExisting(repository, submission.id, hash);
      if (replay) return replay;
      const when = period ? ` (${period.opens}–${period.closes})` : "";
      throw new AppError(
        403,
        "collection_closed",
        `Insamlingsperioden för ${surveyNames[submission.survey]} ${submission.year} är inte öppen${when}.`,
      );
    }

    const result = validatorFor(instrument)(submission.answers);
    if (!result.ok) {
      const replay = await outcomeOfExisting(repository, submission.id, hash);
      if (replay) return replay;
      throw new AppError(
        400,
        "invalid_answers",
        "Svaren innehåller fel.",
        result.issues.map((issue) => ({ field: `answers.${issue.question}`, message: issue.message })),
      );
    }

    // Counted only for what would be stored: a refused body or a closed period costs a link client nothing.
    if (access.channel === "link") await admitLinkClient(repository, links, access.id, clientAddress, clock());
    const stored = await store({
      id: submission.id,
      definitionId: await definitionIdOf(instrument),
      kind: submission.survey,
      centreId: access.centreId,
      year: submission.year,
      locale: submission.locale,
      channel: access.channel,
      submittedOn: today,
      answers: result.answers,
      requestHash: hash,
      tokenId: access.id,
    });
    if (stored) counts.schedule();
    await collection.tokens.markUsed(access, today);
    if (stored) return { status: "stored" };
    return (await outcomeOfExisting(repository, submission.id, hash)) ?? { status: "already_stored" };
  }
}

/** The limit on link submissions per client and hour, and the key that hides the client's address. */
export interface LinkLimit {
  perHour: number;
  secret: string;
}

/**
 * A poster link is a bearer token anyone can copy: one client (address and
 * token together) may submit only a few times an hour through it, so nobody
 * can stuff a centre's results from one device. Only a keyed hash of the
 * address is kept, for the hour it counts.
 */
async function admitLinkClient(
  repository: ResponseRepository,
  limit: LinkLimit,
  tokenId: string,
  address: string,
  now: Date,
): Promise<void> {
  const clientKey = createHmac("sha256", limit.secret).update(`${tokenId}|${address}`).digest("base64url");
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const taken = await repository.takeAllowance(clientKey, hour);
  if (taken > limit.perHour)
    throw new AppError(
      429,
      "link_limit_reached",
      `Högst ${limit.perHour} svar i timmen kan skickas från samma enhet via den här länken. Försök igen senare.`,
    );
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
