import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { centreReportEndpoints, municipalityReportEndpoints, regionReportEndpoints } from "@fcs/contracts/reports";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import type { ResultsServices } from "../results/module.ts";
import { reportToDocx } from "./export/docx.ts";
import { reportToPptx } from "./export/pptx.ts";
import { reportToXlsx } from "./export/xlsx.ts";
import { createReportRepository } from "./repository.ts";
import { createReportService, type ReportRef } from "./service.ts";

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

  const families = [
    { endpoints: regionReportEndpoints, ref: (p: { code: string }): ReportRef => ({ kind: "region", code: p.code }) },
    {
      endpoints: municipalityReportEndpoints,
      ref: (p: { code: string }): ReportRef => ({ kind: "municipality", code: p.code }),
    },
    { endpoints: centreReportEndpoints, ref: (p: { id: string }): ReportRef => ({ kind: "centre", id: p.id }) },
  ] as const;

  for (const family of families) {
    const { endpoints } = family;
    const ref = family.ref as (params: object) => ReportRef;

    app.route({
      ...endpointRoute(app, endpoints.model),
      handler: async (request) => service.model(request.actor, ref(request.params), request.params.year),
    });

    app.route({
      ...endpointRoute(app, endpoints.saveChapter),
      handler: async (request) =>
        service.saveNarrative(request.actor, ref(request.params), request.params.year, {
          chapter: request.params.chapter,
          ...request.body,
        }),
    });

    app.route({
      ...endpointRoute(app, endpoints.chooseExamples),
      handler: async (request) =>
        service.chooseExamples(request.actor, ref(request.params), request.params.year, request.body),
    });

    app.route({
      ...endpointRoute(app, endpoints.saveAddressee),
      handler: async (request) =>
        service.saveAddressee(request.actor, ref(request.params), request.params.year, request.body),
    });

    app.route({
      ...endpointRoute(app, endpoints.finalize),
      handler: async (request) =>
        service.finalize(request.actor, ref(request.params), request.params.year, request.body.version),
    });

    app.route({
      ...endpointRoute(app, endpoints.reopen),
      handler: async (request) =>
        service.reopen(request.actor, ref(request.params), request.params.year, request.body.version),
    });

    app.route({
      ...endpointRoute(app, endpoints.export),
      handler: async (request, reply) => {
        const model = await service.model(request.actor, ref(request.params), request.params.year);
        const format = formats[request.params.format];
        const file = await format.write(model);
        reply
          .header("content-type", format.type)
          .header("content-disposition", `attachment; filename="${fileName(model.title, request.params.format)}"`);
        return file;
      },
    });
  }
};
