/**
 * Types of the API's requests and answers, derived from the route schemas, for
 * the web client. Type-only: importing this pulls no server code into a bundle.
 */
import type { Static } from "typebox";
import type { AuditLogSchema } from "./modules/audit/routes.ts";
import type { CurrentUserSchema, LoginResponseSchema } from "./modules/auth/schemas.ts";
import type {
  CentreListSchema,
  CentreSchema,
  CreateCentreBodySchema,
  UpdateCentreBodySchema,
} from "./modules/centres/schemas.ts";
import type {
  EnrolmentSchema,
  LinkSchema,
  RespondentCountsSchema,
  TokenListSchema,
} from "./modules/collection/schemas.ts";
import type { CoordinatorListSchema, InviteBodySchema, InviteResultSchema } from "./modules/coordinators/schemas.ts";
import type { ExclusionSchema, TokenActivitySchema } from "./modules/exclusions/schemas.ts";
import type { FollowUpSchema, StepResultSchema } from "./modules/followups/schemas.ts";
import type { PeriodsSchema, SetPeriodsBody } from "./modules/periods/routes.ts";
import type { ProgressSchema } from "./modules/progress/routes.ts";
import type { MunicipalityListSchema, RegionChangeBodySchema, RegionListSchema } from "./modules/regions/schemas.ts";
import type { ReportModelSchema, ReportStepSchema } from "./modules/reports/schemas.ts";
import type {
  CommentsSchema,
  CountFigureSchema,
  FigureSchema,
  FollowUpFiguresSchema,
  OverviewSchema,
  PartsSchema,
  TrendSchema,
} from "./modules/results/schemas.ts";
import type { SurveyDefinitionSchema } from "./modules/surveys/schemas.ts";
import type {
  CreateUserBodySchema,
  LinkResultSchema,
  ScopeBodySchema,
  UserListSchema,
  UserSchema,
} from "./modules/users/schemas.ts";
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
export type TokenActivity = Static<typeof TokenActivitySchema>;
export type Exclusion = Static<typeof ExclusionSchema>;
export type NewCentre = Static<typeof CreateCentreBodySchema>;
export type CentreChange = Static<typeof UpdateCentreBodySchema>;
export type FollowUp = Static<typeof FollowUpSchema>;
export type FollowUpStepResult = Static<typeof StepResultSchema>;
export type Periods = Static<typeof PeriodsSchema>;
export type PeriodInput = Static<typeof SetPeriodsBody>["periods"][number];
export type Progress = Static<typeof ProgressSchema>;
export type AuditLog = Static<typeof AuditLogSchema>;
export type CoordinatorList = Static<typeof CoordinatorListSchema>;
export type CoordinatorInvite = Static<typeof InviteBodySchema>;
export type InviteResult = Static<typeof InviteResultSchema>;
export type SurveyDefinition = Static<typeof SurveyDefinitionSchema>;
export type MunicipalityList = Static<typeof MunicipalityListSchema>;
export type RegionList = Static<typeof RegionListSchema>;
export type RegionChange = Static<typeof RegionChangeBodySchema>;
export type UserList = Static<typeof UserListSchema>;
export type ManagedUser = Static<typeof UserSchema>;
export type NewUser = Static<typeof CreateUserBodySchema>;
export type ScopeChange = Static<typeof ScopeBodySchema>;
export type LinkResult = Static<typeof LinkResultSchema>;
export type Figure = Static<typeof FigureSchema>;
export type CountFigure = Static<typeof CountFigureSchema>;
export type ResultsOverview = Static<typeof OverviewSchema>;
export type ResultsParts = Static<typeof PartsSchema>;
export type ResultsTrend = Static<typeof TrendSchema>;
export type ResultsComments = Static<typeof CommentsSchema>;
export type FollowUpFigures = Static<typeof FollowUpFiguresSchema>;
export type ReportModel = Static<typeof ReportModelSchema>;
export type ReportStep = Static<typeof ReportStepSchema>;
