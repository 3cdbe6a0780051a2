export * from "./permissions.ts";
