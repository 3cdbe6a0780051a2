import type { Database, DatabaseHandle, DatabaseKind } from "@fcs/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
    databaseKind: DatabaseKind;
  }
}

/** Hands the database to every module; closes it with the app when the app owns it. */
export const databasePlugin = fp(
  async (app: FastifyInstance, options: { handle: DatabaseHandle; closeWithApp: boolean }) => {
    app.decorate("db", options.handle.db);
    app.decorate("databaseKind", options.handle.kind);
    if (options.closeWithApp) app.addHook("onClose", () => options.handle.close());
  },
  { name: "database" },
);
