import { Type } from "typebox";

export const ProgressSchema = Type.Object({
  year: Type.Integer(),
  centres: Type.Array(
    Type.Object({
      id: Type.String({ format: "uuid" }),
      name: Type.String(),
      municipality: Type.Object({ code: Type.String(), name: Type.String() }),
      besokVuxen: Type.Integer(),
      besokBarn: Type.Integer(),
      spindel: Type.Integer(),
      followUp: Type.Enum(["not_started", "draft", "submitted", "returned", "approved"]),
    }),
  ),
});
