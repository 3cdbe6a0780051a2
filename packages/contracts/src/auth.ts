import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { authPaths } from "./paths.ts";

export const AccessScopeSchema = Type.Object({
  all: Type.Boolean(),
  regionCodes: Type.Array(Type.String()),
  municipalityCodes: Type.Array(Type.String()),
  centreIds: Type.Array(Type.String({ format: "uuid" })),
});

export const UserRoleSchema = Type.Union([
  Type.Literal("admin"),
  Type.Literal("county_coordinator"),
  Type.Literal("local_coordinator"),
  Type.Literal("reader"),
]);

export const CurrentUserSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  email: Type.String(),
  displayName: Type.String(),
  role: UserRoleSchema,
  scope: AccessScopeSchema,
});

export const LoginBodySchema = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const PasswordResetBodySchema = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254 }) },
  { additionalProperties: false },
);

export const ChangePasswordBodySchema = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 12, maxLength: 1024, description: "The same rule as when it was first set" }),
  },
  { additionalProperties: false },
);

export const LoginResponseSchema = Type.Object({
  token: Type.Optional(
    Type.String({
      description:
        "Send as `Authorization: Bearer <token>`. Left out when the web app signs in (header `x-fcs-client`): it holds the session only as the HttpOnly cookie `fcs_session`, which every login also sets.",
    }),
  ),
  expiresAt: Type.String({ format: "date-time" }),
  user: CurrentUserSchema,
});

const MailConfiguredSchema = Type.Object({
  mailConfigured: Type.Boolean({
    description: "False when this installation sends no e-mail: then an administrator gives the link",
  }),
});

export const authEndpoints = {
  requestPasswordReset: endpoint(authPaths.requestPasswordReset, {
    access: "public",
    tag: "auth",
    summary:
      "Ask for a one-time link to choose a new password, sent by e-mail; the same answer whether the address has an account or not",
    body: PasswordResetBodySchema,
    response: { 202: MailConfiguredSchema, ...errors(400, 429) },
  }),
  login: endpoint(authPaths.login, {
    access: "public",
    tag: "auth",
    summary: "Sign in with e-mail and password",
    body: LoginBodySchema,
    response: { 200: LoginResponseSchema, ...errors(400, 401, 429, 503) },
  }),
  me: endpoint(authPaths.me, {
    access: "account.own",
    tag: "auth",
    summary: "The signed-in user with role and scope",
    response: { 200: CurrentUserSchema, ...errors(401) },
  }),
  changePassword: endpoint(authPaths.changePassword, {
    access: "account.own",
    tag: "auth",
    summary: "Change one's own password; every other session ends at once",
    body: ChangePasswordBodySchema,
    response: { 204: Type.Null(), ...errors(400, 401, 503) },
  }),
  logout: endpoint(authPaths.logout, {
    access: "account.own",
    tag: "auth",
    summary: "End the session; the token and the session cookie stop working at once",
    response: { 204: Type.Null(), ...errors(401) },
  }),
};
