import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import { Type } from "typebox";
import type { RetentionService } from "../retention/service.ts";
import type { PublicationService } from "./service.ts";

const PublicationSummarySchema = Type.Object({
  published: Type.Integer({ description: "Centre-survey-years whose published figures moved" }),
  added: Type.Integer({ description: "Responses taken into the published figures" }),
  removed: Type.Integer({ description: "Excluded responses taken out" }),
  waiting: Type.Integer({ description: "Responses waiting for enough others at their centre" }),
  released: Type.Integer({ description: "Region-survey-years whose free text and splits were released" }),
});

const RetentionSummarySchema = Type.Object({
  freeTextResponses: Type.Integer({ description: "Responses whose free text was erased" }),
  sessions: Type.Integer(),
  invites: Type.Integer(),
  allowances: Type.Integer({ description: "Link counts and sign-in failures no longer in force" }),
});

/** The daily work, on an administrator's request: the same rules as the scheduled run, at once. */
export const publicationRoutes: FastifyPluginAsyncTypebox<{
  publication: PublicationService;
  retention: RetentionService;
}> = async (app, { publication, retention }) => {
  const adminOnly = { onRequest: app.authorize("publication.run") };
  const doc = { tags: ["publication"], security: [{ bearerAuth: [] }] };
  const errors = { 401: ErrorSchema, 403: ErrorSchema };

  app.post(
    "/api/publication/run",
    {
      ...adminOnly,
      schema: {
        ...doc,
        summary: "Publish now what the daily publication would (at least the minimum group size per centre)",
        response: { 200: PublicationSummarySchema, ...errors },
      },
    },
    () => publication.publishNow(),
  );

  app.post(
    "/api/retention/run",
    {
      ...adminOnly,
      schema: {
        ...doc,
        summary: "Erase what the retention rules say is due now (free text, ended sessions, used invites)",
        response: { 200: RetentionSummarySchema, ...errors },
      },
    },
    () => retention.retainNow(),
  );
};
