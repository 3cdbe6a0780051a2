import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { publicationPaths } from "./paths.ts";

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
export const publicationEndpoints = {
  run: endpoint(publicationPaths.run, {
    access: "publication.run",
    tag: "publication",
    summary: "Publish now what the daily publication would (at least the minimum group size per centre)",
    response: { 200: PublicationSummarySchema, ...errors(401, 403) },
  }),
  runRetention: endpoint(publicationPaths.runRetention, {
    access: "publication.run",
    tag: "publication",
    summary: "Erase what the retention rules say is due now (free text, ended sessions, used invites)",
    response: { 200: RetentionSummarySchema, ...errors(401, 403) },
  }),
};
