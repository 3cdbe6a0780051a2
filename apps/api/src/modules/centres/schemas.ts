import { Type } from "typebox";

export const CentreSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  name: Type.String(),
  kind: Type.Union([Type.Literal("familjecentral"), Type.Literal("familjecentralsliknande")]),
  baseServices: Type.Array(
    Type.Union([
      Type.Literal("mhv"),
      Type.Literal("bhv"),
      Type.Literal("oppen_forskola"),
      Type.Literal("socialtjanst"),
    ]),
  ),
  otherPartners: Type.Array(Type.String()),
  activeFrom: Type.String({ format: "date" }),
  activeTo: Type.Union([Type.String({ format: "date" }), Type.Null()]),
  municipality: Type.Object({ code: Type.String(), name: Type.String() }),
  region: Type.Object({ code: Type.String(), name: Type.String() }),
});

export const CentreListQuerySchema = Type.Object(
  {
    region: Type.Optional(Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" })),
    municipality: Type.Optional(Type.String({ pattern: "^[0-9]{4}$", description: "SCB municipality code" })),
    includeInactive: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

export const CentreListSchema = Type.Object({ centres: Type.Array(CentreSchema) });

export const CentreParamsSchema = Type.Object({ id: Type.String({ format: "uuid" }) });
