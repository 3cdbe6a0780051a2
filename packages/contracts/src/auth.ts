import { Type } from "typebox";

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
  token: Type.String({ description: "Send as `Authorization: Bearer <token>`." }),
  expiresAt: Type.String({ format: "date-time" }),
  user: CurrentUserSchema,
});
