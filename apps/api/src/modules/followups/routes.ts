import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { followUpEndpoints as endpoints } from "@fcs/contracts/followups";
import { endpointRoute } from "../../plugins/endpoint-route.ts";
import { createCentreRepository } from "../centres/repository.ts";
import type { FollowUpNotifier } from "../mail/notifications.ts";
import { createFollowUpRepository } from "./repository.ts";
import { createFollowUpService } from "./service.ts";

/** A centre's quality follow-up: the local coordinator fills it in and submits it, the county coordinator reviews it. */
export const followUpRoutes: FastifyPluginAsyncTypebox<{ notify?: FollowUpNotifier }> = async (app, options) => {
  const service = createFollowUpService(
    createFollowUpRepository(app.db),
    createCentreRepository(app.db),
    options.notify,
  );

  app.route({
    ...endpointRoute(app, endpoints.get),
    handler: async (request) => service.view(request.actor, request.params.id, request.params.year),
  });

  app.route({
    ...endpointRoute(app, endpoints.saveDraft),
    handler: async (request) =>
      service.act(request.actor, request.params.id, request.params.year, "save", request.body),
  });

  for (const step of ["submit", "return", "approve"] as const) {
    app.route({
      ...endpointRoute(app, endpoints[step]),
      handler: async (request) =>
        service.act(request.actor, request.params.id, request.params.year, step, request.body),
    });
  }
};
