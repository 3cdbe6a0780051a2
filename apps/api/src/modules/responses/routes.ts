import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorSchema } from "@fcs/contracts/error";
import {
  SubmitResponseBodySchema,
  SubmitResponseHeadersSchema,
  SubmitResponseResultSchema,
} from "@fcs/contracts/responses";
import type { Clock } from "../../clock.ts";
import type { PeriodAccess } from "../collection/period-access.ts";
import type { TokenAccess } from "../collection/token-access.ts";
import { createResponseRepository } from "./repository.ts";
import { createResponseService, type LinkLimit } from "./service.ts";

export interface ResponseRouteOptions {
  clock: Clock;
  tokenAccess: TokenAccess;
  periodAccess: PeriodAccess;
  /** Submissions per minute per collection token. */
  rateLimitPerMinute: number;
  /** Submissions per hour per client through a link, and the secret that keys the client's hash. */
  linkLimit: LinkLimit;
}

export const responseRoutes: FastifyPluginAsyncTypebox<ResponseRouteOptions> = async (app, options) => {
  const service = createResponseService(
    createResponseRepository(app.db),
    { tokens: options.tokenAccess, periods: options.periodAccess },
    options.clock,
    app.countsRollup,
    options.linkLimit,
  );

  app.post(
    "/api/responses",
    {
      config: {
        // Per token, so one busy link cannot starve the others; generous for a tablet in a full waiting room.
        rateLimit: {
          max: options.rateLimitPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `token:${String(request.headers["x-collection-token"] ?? request.ip)}`,
        },
      },
      schema: {
        tags: ["responses"],
        summary: "Submit an anonymous visitor or staff response (idempotent by id)",
        description:
          "201 when stored, 200 when the same id and content were stored before (a retry), 409 when the id was used for other content.",
        headers: SubmitResponseHeadersSchema,
        body: SubmitResponseBodySchema,
        response: {
          200: SubmitResponseResultSchema,
          201: SubmitResponseResultSchema,
          400: ErrorSchema,
          401: ErrorSchema,
          403: ErrorSchema,
          404: ErrorSchema,
          409: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const outcome = await service.submit(request.headers["x-collection-token"], request.body, request.ip);
      return reply.status(outcome.status === "stored" ? 201 : 200).send({ id: request.body.id, ...outcome });
    },
  );
};
