import { anonymousSurveyKinds } from "@fcs/surveys/kinds";
import { Type } from "typebox";
import { endpoint, errors, guardedErrors } from "./endpoint.ts";
import { collectionPaths, kioskPaths } from "./paths.ts";
import { SubmitResponseBodySchema, SubmitResponseHeadersSchema, SubmitResponseResultSchema } from "./responses.ts";

export const CentreParamsSchema = Type.Object({ id: Type.String({ format: "uuid" }) });
export const TokenParamsSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  tokenId: Type.String({ format: "uuid" }),
});

export const CreateEnrolmentBodySchema = Type.Object(
  { label: Type.Optional(Type.String({ maxLength: 100, description: "Name of the tablet, e.g. Väntrummet" })) },
  { additionalProperties: false },
);

export const EnrolmentSchema = Type.Object({
  code: Type.String({ description: "Type it on the tablet at /kiosk; valid once, for 15 minutes" }),
  expiresAt: Type.String({ format: "date-time" }),
  label: Type.String(),
});

export const EnrolBodySchema = Type.Object(
  { code: Type.String({ minLength: 4, maxLength: 20 }) },
  { additionalProperties: false },
);

const SurveysSchema = Type.Array(Type.Enum(anonymousSurveyKinds));

export const EnrolledSchema = Type.Object({
  token: Type.String({ description: "The tablet's collection token; keep it on the device" }),
  centreId: Type.String({ format: "uuid" }),
  label: Type.String(),
  surveys: SurveysSchema,
});

export const CreateLinkBodySchema = Type.Object(
  {
    audience: Type.Enum(["staff", "visitors"], {
      description: "staff: the spider measurement; visitors: a poster link",
    }),
    label: Type.Optional(
      Type.String({ maxLength: 100, description: "Where the link is used, e.g. Affisch i väntrummet" }),
    ),
  },
  { additionalProperties: false },
);

export const LinkSchema = Type.Object({
  token: Type.String(),
  path: Type.String({ description: "Path with the token in the fragment, for a link or QR code" }),
  label: Type.String(),
  surveys: SurveysSchema,
});

export const TokenListSchema = Type.Object({
  tokens: Type.Array(
    Type.Object({
      id: Type.String({ format: "uuid" }),
      label: Type.String(),
      channel: Type.String(),
      kinds: Type.Array(Type.String()),
      createdAt: Type.String({ format: "date-time" }),
      lastUsedOn: Type.Union([Type.String({ format: "date" }), Type.Null()]),
      revokedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
    }),
  ),
});

export const KioskStatusSchema = Type.Object({
  centreName: Type.String(),
  staffPin: Type.Union([Type.String(), Type.Null()], {
    description: "PBKDF2 hash of the staff PIN (pbkdf2-sha256$iterations$salt$hash), checked on the tablet",
  }),
  surveys: Type.Array(
    Type.Object({
      survey: Type.Enum(anonymousSurveyKinds),
      year: Type.Integer(),
      open: Type.Boolean({ description: "Whether answers are accepted today" }),
      opens: Type.Union([Type.String({ format: "date" }), Type.Null()]),
      closes: Type.Union([Type.String({ format: "date" }), Type.Null()]),
    }),
  ),
});

export const CollectionTokenHeaderSchema = Type.Object({
  "x-collection-token": Type.Optional(Type.String({ description: "The tablet's or link's collection token" })),
});

export const CountsQuerySchema = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100, description: "Activity year" }) },
  { additionalProperties: false },
);

export const RespondentCountsSchema = Type.Object({
  year: Type.Integer(),
  besok_vuxen: Type.Integer(),
  besok_barn: Type.Integer(),
  spindel: Type.Integer(),
});

export const KioskPinBodySchema = Type.Object(
  { pin: Type.String({ pattern: "^[0-9]{6,8}$", description: "6 to 8 digits" }) },
  { additionalProperties: false },
);

export const collectionEndpoints = {
  createEnrolment: endpoint(collectionPaths.createEnrolment, {
    access: "collection.manage",
    tag: "collection",
    summary: "A one-time code to enrol a tablet as the centre's kiosk",
    params: CentreParamsSchema,
    body: CreateEnrolmentBodySchema,
    response: { 201: EnrolmentSchema, ...guardedErrors },
  }),
  createLink: endpoint(collectionPaths.createLink, {
    access: "collection.manage",
    tag: "collection",
    summary: "A link for staff (spider) or for visitors without a tablet; the token is shown once",
    params: CentreParamsSchema,
    body: CreateLinkBodySchema,
    response: { 201: LinkSchema, ...guardedErrors },
  }),
  setKioskPin: endpoint(collectionPaths.setKioskPin, {
    access: "collection.manage",
    tag: "collection",
    summary: "Set the staff PIN that leaves kiosk mode on the centre's tablets",
    params: CentreParamsSchema,
    body: KioskPinBodySchema,
    response: { 204: Type.Null(), ...guardedErrors },
  }),
  respondentCounts: endpoint(collectionPaths.respondentCounts, {
    access: "collection.manage",
    tag: "collection",
    summary: "How many have answered each survey of a year so far (counts only)",
    params: CentreParamsSchema,
    querystring: CountsQuerySchema,
    response: { 200: RespondentCountsSchema, ...guardedErrors },
  }),
  tokens: endpoint(collectionPaths.tokens, {
    access: "collection.manage",
    tag: "collection",
    summary: "The centre's tablets and links, with the last day each was used",
    params: CentreParamsSchema,
    response: { 200: TokenListSchema, ...guardedErrors },
  }),
  revokeToken: endpoint(collectionPaths.revokeToken, {
    access: "collection.manage",
    tag: "collection",
    summary: "Revoke a tablet or link at once",
    params: TokenParamsSchema,
    response: { 204: Type.Null(), ...guardedErrors },
  }),
  enterPaperResponse: endpoint(collectionPaths.enterPaperResponse, {
    access: "collection.manage",
    tag: "responses",
    summary: "Enter one paper form of the centre, as staff type it in (idempotent by id)",
    description:
      "The same validation, period rule and retry rule as a tablet's answer; stored with channel paper and the day of entry. The audit log records who entered a form, never its answers.",
    params: CentreParamsSchema,
    body: SubmitResponseBodySchema,
    response: {
      200: SubmitResponseResultSchema,
      201: SubmitResponseResultSchema,
      ...errors(400, 401, 403, 404, 409),
    },
  }),
};

/** What a tablet or a link calls, by its collection token (enrolment by its one-time code). */
export const kioskEndpoints = {
  enrol: endpoint(kioskPaths.enrol, {
    access: "public",
    tag: "collection",
    summary: "A tablet exchanges its enrolment code for its kiosk token (public)",
    body: EnrolBodySchema,
    response: { 201: EnrolledSchema, ...errors(400, 429) },
  }),
  status: endpoint(kioskPaths.status, {
    access: "collection-token",
    tag: "collection",
    summary: "For a tablet or link: its centre, and which of its surveys are collected today",
    headers: CollectionTokenHeaderSchema,
    response: { 200: KioskStatusSchema, ...errors(401) },
  }),
  submit: endpoint(kioskPaths.submit, {
    access: "collection-token",
    tag: "responses",
    summary: "Submit an anonymous visitor or staff response (idempotent by id)",
    description:
      "201 when stored, 200 when the same id and content were stored before (a retry), 409 when the id was used for other content.",
    headers: SubmitResponseHeadersSchema,
    body: SubmitResponseBodySchema,
    response: {
      200: SubmitResponseResultSchema,
      201: SubmitResponseResultSchema,
      ...errors(400, 401, 403, 404, 409, 429),
    },
  }),
};
