import { Type } from "typebox";
import { endpoint, guardedErrors } from "./endpoint.ts";
import { type LogKind, logKinds } from "./log-kinds.ts";
import { auditPaths } from "./paths.ts";

export { isLogKind, type LogKind, logKinds } from "./log-kinds.ts";

export const AuditLogSchema = Type.Object({
  year: Type.Integer(),
  entries: Type.Array(
    Type.Object({
      id: Type.String({ format: "uuid" }),
      at: Type.String({ format: "date-time" }),
      action: Type.String({
        description:
          "follow_up.save|submit|return|approve, period.set, centre.*, coordinator.*, collection.*, auth.sign_in|sign_in_failed|password_changed, retention.*",
      }),
      by: Type.String({ description: "Display name of who did it" }),
      centre: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
      details: Type.Record(Type.String(), Type.Unknown(), { description: "Before and after, where useful" }),
    }),
  ),
});

export const auditEndpoints = {
  list: endpoint(auditPaths.list, {
    access: "audit.read",
    tag: "audit",
    summary: "The region's audit log for an activity year, newest first",
    params: Type.Object({ code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }) }),
    querystring: Type.Object(
      {
        year: Type.Integer({ minimum: 2000, maximum: 2100 }),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
        kind: Type.Optional(
          Type.Enum(Object.keys(logKinds) as LogKind[], {
            description: "Only entries of one kind: security (sign-ins, passwords, tablets, links, PINs), follow_up, …",
          }),
        ),
      },
      { additionalProperties: false },
    ),
    response: { 200: AuditLogSchema, ...guardedErrors },
  }),
};
