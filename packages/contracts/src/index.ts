/**
 * The contract between the API and its clients: the TypeBox schemas of the
 * routes (one file per area, imported by path, e.g. "@fcs/contracts/users"),
 * the types derived from them, and the permission table.
 */
export * from "./permissions.ts";
export type * from "./types.ts";
