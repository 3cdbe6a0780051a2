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
  guideline: ["guideline."],
  retention: ["retention."],
} as const;
export type LogKind = keyof typeof logKinds;

/** Whether a filter's value names a kind of the log (free of the schema library, for the web). */
export const isLogKind = (value: string): value is LogKind => Object.hasOwn(logKinds, value);
