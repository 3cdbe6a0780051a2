import { Type } from "typebox";
import { UserRoleSchema as RoleSchema } from "./auth.ts";
import { endpoint, errors } from "./endpoint.ts";
import { userPaths } from "./paths.ts";

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

const userErrors = errors(400, 401, 403, 404, 409);

export const userEndpoints = {
  list: endpoint(userPaths.list, {
    access: "users.manage",
    tag: "users",
    summary: "The accounts the caller administers",
    response: { 200: UserListSchema, ...userErrors },
  }),
  create: endpoint(userPaths.create, {
    access: "users.manage",
    tag: "users",
    summary: "Create a county coordinator, reader or administrator; they get a one-time link to set a password",
    body: CreateUserBodySchema,
    response: { 201: LinkResultSchema, ...userErrors },
  }),
  changeScope: endpoint(userPaths.changeScope, {
    access: "users.manage",
    tag: "users",
    summary: "Change what the user sees; their sessions end so the next sign-in carries the new scope",
    params: UserParams,
    body: ScopeBodySchema,
    response: { 200: UserSchema, ...userErrors },
  }),
  deactivate: endpoint(userPaths.deactivate, {
    access: "users.manage",
    tag: "users",
    summary: "Deactivate: every session ends at once and every open link stops working",
    params: UserParams,
    response: { 200: UserSchema, ...userErrors },
  }),
  reactivate: endpoint(userPaths.reactivate, {
    access: "users.manage",
    tag: "users",
    summary: "Reactivate: the user signs in again with their password; old sessions stay ended",
    params: UserParams,
    response: { 200: UserSchema, ...userErrors },
  }),
  newLink: endpoint(userPaths.newLink, {
    access: "users.manage",
    tag: "users",
    summary: "A new one-time link: an invitation, or a password reset for someone who has a password",
    params: UserParams,
    response: { 201: LinkResultSchema, ...userErrors },
  }),
};
