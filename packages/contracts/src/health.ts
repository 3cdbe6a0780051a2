import { Type } from "typebox";
import { endpoint } from "./endpoint.ts";
import { healthPaths } from "./paths.ts";

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal("ok"), Type.Literal("degraded")]),
  database: Type.Object({
    kind: Type.Union([Type.Literal("pglite"), Type.Literal("postgres")]),
    reachable: Type.Boolean(),
  }),
});

export const healthEndpoints = {
  check: endpoint(healthPaths.check, {
    access: "public",
    tag: "health",
    summary: "Liveness and which database kind is in use",
    response: { 200: HealthSchema, 503: HealthSchema },
  }),
};
