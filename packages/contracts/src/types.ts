/**
 * Types of the API's requests and answers, derived from the route schemas, for
 * the web client and the server alike. Type-only: importing these adds nothing to a bundle.
 */
import type { Static } from "typebox";
import type { AuditLogSchema } from "./audit.ts";
import type { CurrentUserSchema, LoginResponseSchema } from "./auth.ts";
import type { CentreListSchema, CentreSchema, CreateCentreBodySchema, UpdateCentreBodySchema } from "./centres.ts";
import type {
  EnrolledSchema,
  EnrolmentSchema,
  KioskStatusSchema,
  LinkSchema,
  RespondentCountsSchema,
  TokenListSchema,
} from "./collection.ts";
import type { CoordinatorListSchema, InviteBodySchema, InviteResultSchema } from "./coordinators.ts";
import type { ErrorSchema } from "./error.ts";
import type { ExclusionSchema, TokenActivitySchema } from "./exclusions.ts";
import type { FollowUpSchema, StepResultSchema } from "./followups.ts";
import type { GuidelineSetSchema, guidelineEndpoints, RuleSchema } from "./guidelines.ts";
import type { ImportFileViewSchema, ImportMappingSchema, ImportRunSchema, ImportSchema } from "./imports.ts";
import type { PeriodsSchema, SetPeriodsBody } from "./periods.ts";
import type { ProgressSchema } from "./progress.ts";
import type { MunicipalityListSchema, RegionChangeBodySchema, RegionListSchema } from "./regions.ts";
import type { ChapterIdSchema, ReportModelSchema, ReportStepSchema } from "./reports.ts";
import type { SubmitResponseBodySchema, SubmitResponseResultSchema } from "./responses.ts";
import type {
  CommentsSchema,
  CountFigureSchema,
  FigureSchema,
  FollowUpFiguresSchema,
  OverviewSchema,
  PartsSchema,
  TrendSchema,
} from "./results.ts";
import type { SurveyDefinitionSchema } from "./surveys.ts";
import type { CreateUserBodySchema, LinkResultSchema, ScopeBodySchema, UserListSchema, UserSchema } from "./users.ts";

export type ApiErrorBody = Static<typeof ErrorSchema>;
export type CurrentUser = Static<typeof CurrentUserSchema>;
export type LoginResponse = Static<typeof LoginResponseSchema>;
export type Centre = Static<typeof CentreSchema>;
export type CentreList = Static<typeof CentreListSchema>;
export type Enrolment = Static<typeof EnrolmentSchema>;
export type Enrolled = Static<typeof EnrolledSchema>;
export type KioskStatus = Static<typeof KioskStatusSchema>;
export type SubmitResponseBody = Static<typeof SubmitResponseBodySchema>;
export type SubmitResponseResult = Static<typeof SubmitResponseResultSchema>;
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
export type GuidelineSet = Static<typeof GuidelineSetSchema>;
export type GuidelineSetBody = Static<(typeof guidelineEndpoints)["save"]["body"]>;
export type GuidelineRuleInput = Static<typeof RuleSchema>;
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
export type ChapterId = Static<typeof ChapterIdSchema>;
export type ImportMapping = Static<typeof ImportMappingSchema>;
export type ImportFileView = Static<typeof ImportFileViewSchema>;
export type ImportRun = Static<typeof ImportRunSchema>;
export type ImportRecord = Static<typeof ImportSchema>;
