import { Type } from "typebox";

/** The kinds of entries the log can be filtered by, as the actions each covers (by their beginning). */
export const logKinds = {
  security: [
    "auth.",
    "collection.pin_set",
    "collection.enrolment_code",
    "collection.tablet_enrolled",
    "collection.link_created",
    "collection.token_revoked",
    "coordinator.invite_accepted",
    "user.",
    "region.",
  ],
  follow_up: ["follow_up."],
  collection: ["collection."],
  centre: ["centre."],
  coordinator: ["coordinator."],
  period: ["period."],
  retention: ["retention."],
} as const;
export type LogKind = keyof typeof logKinds;

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
