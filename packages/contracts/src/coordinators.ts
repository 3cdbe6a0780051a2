import { Type } from "typebox";
import { endpoint, errors } from "./endpoint.ts";
import { coordinatorPaths, invitePaths } from "./paths.ts";

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

const coordinatorErrors = errors(400, 401, 403, 404, 409);

export const coordinatorEndpoints = {
  list: endpoint(coordinatorPaths.list, {
    access: "coordinators.manage",
    tag: "coordinators",
    summary: "The centre's local coordinators",
    params: CentreParams,
    response: { 200: CoordinatorListSchema, ...coordinatorErrors },
  }),
  invite: endpoint(coordinatorPaths.invite, {
    access: "coordinators.manage",
    tag: "coordinators",
    summary: "Invite a local coordinator (or give an existing one this centre too)",
    params: CentreParams,
    body: InviteBodySchema,
    response: { 201: InviteResultSchema, ...coordinatorErrors },
  }),
  renewInvite: endpoint(coordinatorPaths.renewInvite, {
    access: "coordinators.manage",
    tag: "coordinators",
    summary: "A new one-time link for someone who has not set a password yet; older links stop working",
    params: CoordinatorParams,
    response: { 201: InviteResultSchema, ...coordinatorErrors },
  }),
  remove: endpoint(coordinatorPaths.remove, {
    access: "coordinators.manage",
    tag: "coordinators",
    summary: "Take the centre from a coordinator; their other centres stay",
    params: CoordinatorParams,
    response: { 204: Type.Null(), ...coordinatorErrors },
  }),
};

/** The token travels in the body, never in a URL, so it does not end up in access logs. */
export const inviteEndpoints = {
  lookup: endpoint(invitePaths.lookup, {
    access: "public",
    tag: "coordinators",
    summary: "Whom an invite is for (public, by the one-time token)",
    body: InviteLookupBodySchema,
    response: { 200: Type.Object({ email: Type.String(), displayName: Type.String() }), ...errors(400, 404) },
  }),
  accept: endpoint(invitePaths.accept, {
    access: "public",
    tag: "coordinators",
    summary: "Set the password with the one-time token; the account becomes active and the token is used up",
    body: InviteAcceptBodySchema,
    response: { 200: Type.Object({ email: Type.String() }), ...errors(400, 404) },
  }),
};
