import { type CountsRollup, createCountsRollup } from "@fcs/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    countsRollup: CountsRollup;
  }
}

/**
 * One counts rollup for the app: submissions schedule folds, every reader of
 * counts catches up first. Responses left pending by a crash are folded when
 * the app starts; a fold still running finishes before the database closes.
 */
export const countsRollupPlugin = fp(
  async (app: FastifyInstance) => {
    const rollup = createCountsRollup(app.db, {
      onError: (error) => app.log.error({ err: error }, "folding answers into the counts rollup failed"),
    });
    app.decorate("countsRollup", rollup);
    app.addHook("onReady", () => rollup.catchUp());
    app.addHook("onClose", () => rollup.close());
  },
  { name: "counts-rollup", dependencies: ["database"] },
);
