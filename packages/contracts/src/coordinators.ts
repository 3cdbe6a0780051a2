import { Type } from "typebox";

export const CentreParams = Type.Object({ id: Type.String({ format: "uuid", description: "The centre" }) });
export const CoordinatorParams = Type.Object({
  id: Type.String({ format: "uuid", description: "The centre" }),
  userId: Type.String({ format: "uuid" }),
});

export const CoordinatorListSchema = Type.Object({
  coordinators: Type.Array(
    Type.Object({
      id: Type.String({ format: "uuid" }),
      email: Type.String(),
      displayName: Type.String(),
      active: Type.Boolean({ description: "Has set a password" }),
      deactivated: Type.Boolean({ description: "Deactivated in the user administration" }),
      invitedUntil: Type.Union([Type.String({ format: "date-time" }), Type.Null()], {
        description: "Until when the open invite works, while not active",
      }),
    }),
  ),
});

export const InviteBodySchema = Type.Object(
  {
    email: Type.String({ format: "email", maxLength: 254 }),
    displayName: Type.String({ minLength: 2, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const InviteResultSchema = Type.Object({
  userId: Type.String({ format: "uuid" }),
  mailed: Type.Boolean({ description: "The invitation was sent by e-mail" }),
  invite: Type.Union(
    [
      Type.Object({
        path: Type.String({ description: "The one-time link; shown once, when no e-mail was sent" }),
        expiresAt: Type.String({ format: "date-time" }),
      }),
      Type.Null(),
    ],
    {
      description:
        "Null when the invitation was mailed, or when an existing coordinator was given the centre: they sign in as before",
    },
  ),
});

const token = Type.String({ minLength: 20, maxLength: 200 });
export const InviteLookupBodySchema = Type.Object({ token }, { additionalProperties: false });
export const InviteAcceptBodySchema = Type.Object(
  {
    token,
    password: Type.String({
      minLength: 12,
      maxLength: 1024,
      // Spaces inside a passphrase count; twelve spaces, or a short word padded with them, do not.
      pattern: "^\\s*\\S[\\s\\S]{10,}\\S\\s*$",
      description:
        "At least 12 characters, not counting spaces before and after: length is what makes a password strong",
    }),
  },
  { additionalProperties: false },
);
