import { Type } from "typebox";

const kind = Type.Enum(["familjecentral", "familjecentralsliknande"]);
const baseServices = Type.Array(Type.Enum(["mhv", "bhv", "oppen_forskola", "socialtjanst"]), {
  uniqueItems: true,
  maxItems: 4,
});
const day = Type.String({ format: "date" });

export const CentreSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  name: Type.String(),
  kind,
  baseServices,
  otherPartners: Type.Array(Type.String()),
  activeFrom: day,
  activeTo: Type.Union([day, Type.Null()]),
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

const editable = {
  name: Type.String({ minLength: 2, maxLength: 200 }),
  municipalityCode: Type.String({
    pattern: "^[0-9]{4}$",
    description: "SCB municipality code, in the caller's region",
  }),
  kind,
  baseServices,
  otherPartners: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 }),
  activeFrom: day,
};

export const CreateCentreBodySchema = Type.Object(
  { ...editable, otherPartners: Type.Optional(editable.otherPartners) },
  { additionalProperties: false },
);

export const UpdateCentreBodySchema = Type.Object(
  {
    name: Type.Optional(editable.name),
    municipalityCode: Type.Optional(editable.municipalityCode),
    kind: Type.Optional(kind),
    baseServices: Type.Optional(baseServices),
    otherPartners: Type.Optional(editable.otherPartners),
    activeFrom: Type.Optional(day),
    activeTo: Type.Optional(
      Type.Union([day, Type.Null()], { description: "The last active day: set to deactivate, null to reactivate" }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
