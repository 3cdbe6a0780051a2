import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  FollowUpParamsSchema,
  FollowUpSchema,
  ReturnBodySchema,
  SaveDraftBodySchema,
  StepBodySchema,
  StepResultSchema,
} from "@fcs/contracts/followups";
import { createCentreRepository } from "../centres/repository.ts";
import type { FollowUpNotifier } from "../mail/notifications.ts";
import { createFollowUpRepository } from "./repository.ts";
import { createFollowUpService } from "./service.ts";
import { stepPermission } from "./status.ts";

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const base = "/api/centres/:id/follow-ups/:year";

export const followUpRoutes: FastifyPluginAsyncTypebox<{ notify?: FollowUpNotifier }> = async (app, options) => {
  const service = createFollowUpService(
    createFollowUpRepository(app.db),
    createCentreRepository(app.db),
    options.notify,
  );
  const common = { onRequest: app.authorize("followups.read") };
  const doc = { tags: ["follow-ups"], security: [{ bearerAuth: [] }], params: FollowUpParamsSchema };

  app.get(
    base,
    {
      ...common,
      schema: {
        ...doc,
        summary: "A centre's quality follow-up for a year",
        response: { 200: FollowUpSchema, ...errors },
      },
    },
    async (request) => service.view(request.actor, request.params.id, request.params.year),
  );

  app.put(
    `${base}/draft`,
    {
      onRequest: app.authorize(stepPermission.save),
      schema: {
        ...doc,
        summary: "Save the draft (the local coordinator); 409 when someone else saved in between",
        body: SaveDraftBodySchema,
        response: { 200: StepResultSchema, ...errors },
      },
    },
    async (request) => service.act(request.actor, request.params.id, request.params.year, "save", request.body),
  );

  for (const [step, body, summary] of [
    ["submit", StepBodySchema, "Submit for review (the local coordinator); 400 lists what is missing"],
    ["return", ReturnBodySchema, "Return to the coordinator with a comment (the county coordinator)"],
    ["approve", StepBodySchema, "Approve; an approved follow-up is locked (the county coordinator)"],
  ] as const) {
    app.post(
      `${base}/${step}`,
      {
        onRequest: app.authorize(stepPermission[step]),
        schema: { ...doc, summary, body, response: { 200: StepResultSchema, ...errors } },
      },
      async (request) => service.act(request.actor, request.params.id, request.params.year, step, request.body),
    );
  }
};
