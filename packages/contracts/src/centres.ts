import { Type } from "typebox";
import { endpoint, errors, guardedErrors } from "./endpoint.ts";
import { centrePaths } from "./paths.ts";

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

export const centreEndpoints = {
  list: endpoint(centrePaths.list, {
    access: "centres.read",
    tag: "centres",
    summary: "The family centres in the caller's scope",
    querystring: CentreListQuerySchema,
    response: { 200: CentreListSchema, ...errors(400, 401) },
  }),
  get: endpoint(centrePaths.get, {
    access: "centres.read",
    tag: "centres",
    summary: "One family centre, if it is in the caller's scope",
    params: CentreParamsSchema,
    response: { 200: CentreSchema, ...errors(400, 401, 404) },
  }),
  create: endpoint(centrePaths.create, {
    access: "centres.manage",
    tag: "centres",
    summary: "Create a centre in one of the caller's region's municipalities (logged)",
    body: CreateCentreBodySchema,
    response: { 201: CentreSchema, ...guardedErrors },
  }),
  change: endpoint(centrePaths.change, {
    access: "centres.manage",
    tag: "centres",
    summary: "Edit a centre; an end date deactivates it, null reactivates it (logged with the values before)",
    params: CentreParamsSchema,
    body: UpdateCentreBodySchema,
    response: { 200: CentreSchema, ...guardedErrors },
  }),
};
