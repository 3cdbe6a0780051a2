/**
 * Types of the API's requests and answers, derived from the route schemas, for
 * the web client. Type-only: importing this pulls no server code into a bundle.
 */
import type { Static } from "typebox";
import type { CurrentUserSchema, LoginResponseSchema } from "./modules/auth/schemas.ts";
import type { CentreListSchema, CentreSchema } from "./modules/centres/schemas.ts";
import type {
  EnrolmentSchema,
  LinkSchema,
  RespondentCountsSchema,
  TokenListSchema,
} from "./modules/collection/schemas.ts";
import type { ErrorSchema } from "./schemas/error.ts";

export type ApiErrorBody = Static<typeof ErrorSchema>;
export type CurrentUser = Static<typeof CurrentUserSchema>;
export type LoginResponse = Static<typeof LoginResponseSchema>;
export type Centre = Static<typeof CentreSchema>;
export type CentreList = Static<typeof CentreListSchema>;
export type Enrolment = Static<typeof EnrolmentSchema>;
export type CollectionLink = Static<typeof LinkSchema>;
export type CollectionTokenList = Static<typeof TokenListSchema>;
export type RespondentCounts = Static<typeof RespondentCountsSchema>;
