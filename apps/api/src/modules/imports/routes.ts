import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { importEndpoints as endpoints, maxImportBytes } from "@fcs/contracts/imports";
import type { Clock } from "../../clock.ts";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createRegionRepository } from "../regions/repository.ts";
import { createImportRepository } from "./repository.ts";
import { createImportService } from "./service.ts";

/** A file travels as base64 inside JSON: a third larger, and some room for the mapping. */
const bodyLimit = Math.ceil(maxImportBytes / 3) * 4 + 1024 * 1024;

/** Bringing in a region's earlier years from the tool it used before, and undoing that. */
export const importRoutes: FastifyPluginAsyncTypebox<{ clock: Clock; threshold: number }> = async (app, options) => {
  const service = createImportService(createImportRepository(app.db), createRegionRepository(app.db), {
    clock: options.clock,
    threshold: options.threshold,
    publish: () => app.jobs.publication.publishNow(),
  });

  app.route({
    ...endpointRoute(app, endpoints.list),
    handler: async (request) => service.list(request.actor, request.params.code),
  });

  app.route({
    ...endpointRoute(app, endpoints.read),
    bodyLimit,
    handler: async (request) => service.read(request.actor, request.params.code, request.body),
  });

  // A run that stored an import answers 201; a preview or a dry run 200.
  const ran = (result: { importId: string | null }) => (result.importId ? 201 : 200);

  app.route({
    ...endpointRoute(app, endpoints.run),
    bodyLimit,
    handler: async (request, reply) => {
      const result = await service.run(request.actor, request.params.code, request.body);
      return reply.status(ran(result)).send(result);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.totals),
    bodyLimit,
    handler: async (request, reply) => {
      const result = await service.runTotals(request.actor, request.params.code, request.body);
      return reply.status(ran(result)).send(result);
    },
  });

  app.route({
    ...endpointRoute(app, endpoints.undo),
    handler: async (request) => service.undo(request.actor, request.params.code, request.params.importId),
  });
};
