import { type AccessScope, hashCollectionToken, newCollectionToken } from "@fcs/db";
import { type AnonymousSurveyKind, yearsOf } from "@fcs/surveys";
import { visitorSurveyKinds } from "@fcs/surveys/kinds";
import { type Clock, swedishDate } from "../../clock.ts";
import { AppError, notFound } from "../../errors.ts";
import type { SecurityLog } from "../audit/security-log.ts";
import type { CentreRepository } from "../centres/repository.ts";
import { newEnrolmentCode, normaliseEnrolmentCode } from "./enrolment-code.ts";
import { hashKioskPin } from "./kiosk-pin.ts";
import type { PeriodAccess } from "./period-access.ts";
import type { CollectionRepository } from "./repository.ts";
import type { TokenAccess } from "./token-access.ts";

/** How long a tablet enrolment code can be used. */
const enrolmentMinutes = 15;

const visitorKinds: AnonymousSurveyKind[] = [...visitorSurveyKinds];

const links = {
  staff: {
    kinds: ["spindel"] as AnonymousSurveyKind[],
    label: "Personallänk för spindelmätningen",
    path: "/enkat/personal",
  },
  visitors: { kinds: visitorKinds, label: "Besökslänk (affisch och QR-kod)", path: "/enkat/besok" },
};
export type LinkAudience = keyof typeof links;

export function createCollectionService(
  repository: CollectionRepository,
  access: { tokens: TokenAccess; periods: PeriodAccess },
  clock: Clock,
  centres: CentreRepository,
  security: SecurityLog,
) {
  const centreInScope = (scope: AccessScope, centreId: string) => centres.requireInScope(scope, centreId);

  return {
    /**
     * What a tablet or link shows before anyone answers: the centre, and for each
     * of its surveys whether the region collects it today (activity year = this year in Sweden).
     */
    async kioskStatus(token: string | undefined) {
      const tokenRow = await access.tokens.resolve(token);
      const today = swedishDate(clock());
      const surveys = await Promise.all(
        (tokenRow.kinds as AnonymousSurveyKind[]).map(async (survey) => {
          const years = yearsOf(survey).filter((y) => y <= Number(today.slice(0, 4)));
          const year = Math.max(...years);
          const { period, open } = await access.periods.state(tokenRow.regionCode, survey, year, today);
          return { survey, year, open, opens: period?.opens ?? null, closes: period?.closes ?? null };
        }),
      );
      const centre = await repository.findKioskCentre(tokenRow.centreId);
      // Only an enrolled tablet needs the PIN's hash; a link anyone may copy never gets it.
      const staffPin = tokenRow.channel === "kiosk" ? (centre?.kioskPinHash ?? null) : null;
      return { centreName: centre?.name ?? "", staffPin, surveys };
    },

    /** A one-time code the coordinator types on a tablet to make it the centre's kiosk. */
    async createEnrolment(scope: AccessScope, userId: string, centreId: string, label: string | undefined) {
      const centre = await centreInScope(scope, centreId);
      const code = newEnrolmentCode();
      const expiresAt = new Date(clock().getTime() + enrolmentMinutes * 60_000);
      const tabletLabel = label?.trim() || `Surfplatta på ${centre.name}`;
      await repository.insertEnrolment({
        codeHash: hashCollectionToken(normaliseEnrolmentCode(code)),
        centreId,
        label: tabletLabel,
        createdBy: userId,
        expiresAt,
      });
      await security.record({
        action: "collection.enrolment_code",
        actorId: userId,
        centreId,
        details: { label: tabletLabel },
      });
      return { code, expiresAt: expiresAt.toISOString(), label: tabletLabel };
    },

    /** Exchanges an enrolment code, once and in time, for the tablet's own kiosk token. */
    async enrol(code: string) {
      const enrolment = await repository.consumeEnrolment(hashCollectionToken(normaliseEnrolmentCode(code)), clock());
      if (!enrolment) {
        throw new AppError(
          400,
          "invalid_enrolment_code",
          "Koden är fel, redan använd eller för gammal. Be om en ny kod.",
        );
      }
      const token = newCollectionToken();
      await repository.insertToken({
        tokenHash: hashCollectionToken(token),
        centreId: enrolment.centreId,
        kinds: visitorKinds,
        channel: "kiosk",
        label: enrolment.label,
      });
      await security.record({
        action: "collection.tablet_enrolled",
        actorId: null,
        centreId: enrolment.centreId,
        details: { label: enrolment.label },
      });
      return { token, centreId: enrolment.centreId, label: enrolment.label, surveys: visitorKinds };
    },

    /** A link for staff (the spider) or for visitors without a tablet; the token is shown this once. */
    async createLink(
      scope: AccessScope,
      centreId: string,
      request: { audience: LinkAudience; label?: string },
      actorId: string,
    ) {
      await centreInScope(scope, centreId);
      const link = links[request.audience];
      const label = request.label?.trim() || link.label;
      const token = newCollectionToken();
      await repository.insertToken({
        tokenHash: hashCollectionToken(token),
        centreId,
        kinds: link.kinds,
        channel: "link",
        label,
      });
      await security.record({ action: "collection.link_created", actorId, centreId, details: { label } });
      // The token travels in the fragment, which browsers never send to a server or write to its logs.
      return { token, path: `${link.path}#${token}`, label, surveys: link.kinds };
    },

    /** Sets the PIN staff type to leave kiosk mode on the centre's tablets; they pick it up with their next status. */
    async setKioskPin(scope: AccessScope, centreId: string, pin: string, actorId: string) {
      await centreInScope(scope, centreId);
      await repository.setKioskPin(centreId, hashKioskPin(pin));
      await security.record({ action: "collection.pin_set", actorId, centreId });
    },

    /** How many have answered each survey so far: counts are not sensitive, answers are. */
    async respondentCounts(scope: AccessScope, centreId: string, year: number) {
      await centreInScope(scope, centreId);
      const rows = await repository.respondentCounts(centreId, year);
      const count = (kind: string) => rows.find((row) => row.kind === kind)?.n ?? 0;
      return { year, besok_vuxen: count("besok_vuxen"), besok_barn: count("besok_barn"), spindel: count("spindel") };
    },

    async listTokens(scope: AccessScope, centreId: string) {
      await centreInScope(scope, centreId);
      const rows = await repository.listTokens(centreId);
      return rows.map((row) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
      }));
    },

    /** Revokes a tablet or link at once: its next submission is refused. */
    async revokeToken(scope: AccessScope, centreId: string, tokenId: string, actorId: string) {
      await centreInScope(scope, centreId);
      const tokenHash = await repository.revokeToken(centreId, tokenId);
      if (!tokenHash) throw notFound("Insamlingsnyckeln finns inte.");
      await security.record({ action: "collection.token_revoked", actorId, centreId, details: { tokenId } });
      access.tokens.forget(tokenHash);
    },
  };
}
