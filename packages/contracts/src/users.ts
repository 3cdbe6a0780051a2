import { Type } from "typebox";
import { UserRoleSchema as RoleSchema } from "./auth.ts";

export const UserParams = Type.Object({ id: Type.String({ format: "uuid", description: "The user" }) });

export const UserSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  email: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  status: Type.Union([Type.Literal("active"), Type.Literal("invited"), Type.Literal("deactivated")]),
  invitedUntil: Type.Union([Type.String({ format: "date-time" }), Type.Null()], {
    description: "Until when the open invitation works, while invited",
  }),
  lastSignInAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  scope: Type.Array(
    Type.Object({
      type: Type.Union([Type.Literal("region"), Type.Literal("municipality"), Type.Literal("centre")]),
      id: Type.String(),
      name: Type.String(),
    }),
    { description: "Empty for an administrator, who sees everything" },
  ),
  manageable: Type.Boolean({ description: "Whether the caller may change, deactivate or give a link to the user" }),
});

export const UserListSchema = Type.Object({
  users: Type.Array(UserSchema),
  creatableRoles: Type.Array(RoleSchema, { description: "The roles the caller may create" }),
});

const regionCode = Type.String({ pattern: "^[0-9]{2}$", description: "SCB county code" });
const municipalityCode = Type.String({ pattern: "^[0-9]{4}$", description: "SCB municipality code" });

export const CreateUserBodySchema = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: 254 }),
    displayName: Type.String({ minLength: 2, maxLength: 200 }),
    role: Type.Union([Type.Literal("admin"), Type.Literal("county_coordinator"), Type.Literal("reader")]),
    regionCode: Type.Optional(regionCode),
    municipalityCode: Type.Optional(municipalityCode),
  },
  { additionalProperties: false },
);

export const ScopeBodySchema = Type.Object(
  {
    regionCode: Type.Optional(regionCode),
    municipalityCode: Type.Optional(municipalityCode),
    centreIds: Type.Optional(
      Type.Array(Type.String({ format: "uuid" }), { minItems: 1, maxItems: 200, uniqueItems: true }),
    ),
  },
  { additionalProperties: false, description: "Exactly one: a region, a municipality (readers) or centres" },
);

export const LinkResultSchema = Type.Object({
  user: UserSchema,
  mailed: Type.Boolean({ description: "The link was sent by e-mail" }),
  link: Type.Union(
    [Type.Object({ path: Type.String(), expiresAt: Type.String({ format: "date-time" }) }), Type.Null()],
    { description: "The one-time link to hand over, when no e-mail was sent; shown once" },
  ),
});
