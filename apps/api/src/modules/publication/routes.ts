import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { publicationEndpoints as endpoints } from "@fcs/contracts/publication";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import type { RetentionService } from "../retention/service.ts";
import type { PublicationService } from "./service.ts";

/** The daily work, on an administrator's request: the same rules as the scheduled run, at once. */
export const publicationRoutes: FastifyPluginAsyncTypebox<{
  publication: PublicationService;
  retention: RetentionService;
}> = async (app, { publication, retention }) => {
  app.route({ ...endpointRoute(app, endpoints.run), handler: () => publication.publishNow() });
  app.route({ ...endpointRoute(app, endpoints.runRetention), handler: () => retention.retainNow() });
};
