import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { sql } from "@fcs/db";
import { Type } from "typebox";

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal("ok"), Type.Literal("degraded")]),
  database: Type.Object({
    kind: Type.Union([Type.Literal("pglite"), Type.Literal("postgres")]),
    reachable: Type.Boolean(),
  }),
});

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["health"],
        summary: "Liveness and which database kind is in use",
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const reachable = await app.db.execute(sql`select 1`).then(
        () => true,
        () => false,
      );
      return reply
        .status(reachable ? 200 : 503)
        .send({ status: reachable ? "ok" : "degraded", database: { kind: app.databaseKind, reachable } });
    },
  );
};
