export * from "./bulk.ts";
export * from "./client.ts";
export * from "./counts-rollup.ts";
export * from "./definitions.ts";
export * from "./query.ts";
export * from "./schema/index.ts";
export * from "./scope.ts";
export * from "./tokens.ts";
