import { Type } from "typebox";

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
