import { Type } from "typebox";
import { endpoint, guardedErrors } from "./endpoint.ts";
import { regionPaths } from "./paths.ts";

export const RegionParams = Type.Object({
  code: Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" }),
});

export const MunicipalityListSchema = Type.Object({
  municipalities: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const RegionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  active: Type.Boolean({ description: "Served by this installation: in the comparisons and national figures" }),
  guideline: Type.Union([Type.String(), Type.Null()], {
    description: "The code of the region whose guideline applies (its own or another's); null for none",
  }),
  municipalities: Type.Integer(),
  population: Type.Integer({ description: "Approximate, for proportion only" }),
  centres: Type.Integer({ description: "Centres active now" }),
});

export const RegionListSchema = Type.Object({
  regions: Type.Array(RegionSchema),
  guidelines: Type.Array(Type.Object({ code: Type.String(), region: Type.String(), source: Type.String() }), {
    description: "The guidelines a region can be measured against",
  }),
});

export const RegionChangeBodySchema = Type.Object(
  {
    active: Type.Optional(Type.Boolean()),
    guideline: Type.Optional(Type.Union([Type.String({ pattern: "^[0-9]{2}$" }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const regionEndpoints = {
  list: endpoint(regionPaths.list, {
    access: "regions.read",
    tag: "regions",
    summary: "The regions the caller administers, with switch, guideline and size: all 21 for an administrator",
    response: { 200: RegionListSchema, ...guardedErrors },
  }),
  change: endpoint(regionPaths.change, {
    access: "regions.manage",
    tag: "regions",
    summary: "Switch a region on or off, or choose its guideline (null for none)",
    params: RegionParams,
    body: RegionChangeBodySchema,
    response: { 200: RegionSchema, ...guardedErrors },
  }),
  municipalities: endpoint(regionPaths.municipalities, {
    access: "regions.read",
    tag: "regions",
    summary: "The municipalities of a region the caller administers",
    params: RegionParams,
    response: { 200: MunicipalityListSchema, ...guardedErrors },
  }),
};
