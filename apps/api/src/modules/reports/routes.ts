import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  ChapterIdSchema,
  ExamplesBodySchema,
  NarrativeBodySchema,
  ReportModelSchema,
  ReportStepSchema,
  VersionBodySchema,
} from "@fcs/contracts/reports";
import { Type } from "typebox";
import type { ResultsServices } from "../results/module.ts";
import { reportToDocx } from "./export/docx.ts";
import { reportToPptx } from "./export/pptx.ts";
import { reportToXlsx } from "./export/xlsx.ts";
import { createReportRepository } from "./repository.ts";
import { createReportService, type ReportRef } from "./service.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const formats = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", write: reportToDocx },
  pptx: { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", write: reportToPptx },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write: reportToXlsx },
} as const;

/** A file name without characters a file system or a header would stumble on. */
const fileName = (title: string, format: string) =>
  `${title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}.${format}`;

/** The region's annual joint report and each centre's report, with their exports. */
export const reportRoutes: FastifyPluginAsyncTypebox<{ services: ResultsServices }> = async (app, options) => {
  const service = createReportService({ repository: createReportRepository(app.db), ...options.services });
  const readers = { onRequest: app.authorize("reports.read") };
  const doc = { tags: ["reports"], security: [{ bearerAuth: [] }] };

  const families = [
    {
      base: "/api/reports/regions/:code/:year",
      params: Type.Object({ code: Type.String({ pattern: "^[0-9]{2}$" }), year: Year }),
      ref: (p: object): ReportRef => ({ kind: "region", code: (p as { code: string }).code }),
      what: "a region's annual joint report",
    },
    {
      base: "/api/reports/centres/:id/:year",
      params: Type.Object({ id: Type.String({ format: "uuid" }), year: Year }),
      ref: (p: object): ReportRef => ({ kind: "centre", id: (p as { id: string }).id }),
      what: "a centre's report for its verksamhetsberättelse",
    },
  ];

  for (const { base, params, ref, what } of families) {
    app.get(
      base,
      {
        ...readers,
        schema: { ...doc, summary: `Read ${what}`, params, response: { 200: ReportModelSchema, ...errors } },
      },
      async (request) => service.model(request.actor, ref(request.params), request.params.year),
    );
    app.put(
      `${base}/chapters/:chapter`,
      {
        ...readers,
        schema: {
          ...doc,
          summary: `Save a chapter's text of ${what}`,
          params: Type.Object({ ...params.properties, chapter: ChapterIdSchema }),
          body: NarrativeBodySchema,
          response: { 200: ReportStepSchema, ...errors },
        },
      },
      async (request) =>
        service.saveNarrative(request.actor, ref(request.params), request.params.year, {
          chapter: request.params.chapter,
          ...request.body,
        }),
    );
    app.put(
      `${base}/examples`,
      {
        ...readers,
        schema: {
          ...doc,
          summary: `Choose the good examples of ${what}`,
          params,
          body: ExamplesBodySchema,
          response: { 200: ReportStepSchema, ...errors },
        },
      },
      async (request) => service.chooseExamples(request.actor, ref(request.params), request.params.year, request.body),
    );
    app.post(
      `${base}/finalize`,
      {
        ...readers,
        schema: {
          ...doc,
          summary: `Mark ${what} final: its figures are frozen`,
          params,
          body: VersionBodySchema,
          response: { 200: ReportStepSchema, ...errors },
        },
      },
      async (request) =>
        service.finalize(request.actor, ref(request.params), request.params.year, request.body.version),
    );
    app.post(
      `${base}/reopen`,
      {
        ...readers,
        schema: {
          ...doc,
          summary: `Reopen ${what} (county coordinator; logged)`,
          params,
          body: VersionBodySchema,
          response: { 200: ReportStepSchema, ...errors },
        },
      },
      async (request) => service.reopen(request.actor, ref(request.params), request.params.year, request.body.version),
    );
    app.get(
      `${base}/export.:format`,
      {
        ...readers,
        schema: {
          ...doc,
          summary: `Download ${what} as Word, PowerPoint or Excel`,
          params: Type.Object({ ...params.properties, format: Type.Enum(["docx", "pptx", "xlsx"]) }),
        },
      },
      async (request, reply) => {
        const model = await service.model(request.actor, ref(request.params), request.params.year);
        const format = formats[request.params.format];
        const file = await format.write(model);
        reply
          .header("content-type", format.type)
          .header("content-disposition", `attachment; filename="${fileName(model.title, request.params.format)}"`);
        return file;
      },
    );
  }
};
