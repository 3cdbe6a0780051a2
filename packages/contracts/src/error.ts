import { Type } from "typebox";

/** The error shape of every failure (see plugins/errors.ts). */
export const ErrorSchema = Type.Object({
  error: Type.String({ description: "Stable machine-readable code, e.g. validation_failed" }),
  message: Type.String({ description: "Human-readable text, in Swedish" }),
  details: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
});
