export * from "./centres.ts";
export * from "./followups.ts";
export * from "./geography.ts";
export * from "./guidelines.ts";
export * from "./publication.ts";
export * from "./reports.ts";
export * from "./surveys.ts";
export * from "./users.ts";
