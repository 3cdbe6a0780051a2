import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Clock } from "../../clock.ts";
import { ErrorSchema } from "../../schemas/error.ts";
import { createResponseRepository } from "./repository.ts";
import { SubmitResponseBodySchema, SubmitResponseHeadersSchema, SubmitResponseResultSchema } from "./schemas.ts";
import { createResponseService } from "./service.ts";

export const responseRoutes: FastifyPluginAsyncTypebox<{ clock: Clock }> = async (app, options) => {
  const service = createResponseService(createResponseRepository(app.db), options.clock);

  app.post(
    "/api/responses",
    {
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
        },
      },
    },
    async (request, reply) => {
      const outcome = await service.submit(request.headers["x-collection-token"], request.body);
      return reply.status(outcome.status === "stored" ? 201 : 200).send({ id: request.body.id, ...outcome });
    },
  );
};
