import { auditEndpoints } from "./audit.ts";
import { authEndpoints } from "./auth.ts";
import { centreEndpoints } from "./centres.ts";
import { collectionEndpoints, kioskEndpoints } from "./collection.ts";
import { coordinatorEndpoints, inviteEndpoints } from "./coordinators.ts";
import { exclusionEndpoints } from "./exclusions.ts";
import { followUpEndpoints } from "./followups.ts";
import { guidelineEndpoints } from "./guidelines.ts";
import { healthEndpoints } from "./health.ts";
import { importEndpoints } from "./imports.ts";
import { periodEndpoints } from "./periods.ts";
import { progressEndpoints } from "./progress.ts";
import { publicationEndpoints } from "./publication.ts";
import { regionEndpoints } from "./regions.ts";
import { centreReportEndpoints, municipalityReportEndpoints, regionReportEndpoints } from "./reports.ts";
import { resultEndpoints } from "./results.ts";
import { surveyEndpoints } from "./surveys.ts";
import { userEndpoints } from "./users.ts";

/**
 * Every endpoint of the API with its schemas and access, by the same areas and names as the
 * path table (paths.ts). The API registers each of them; the web's client is typed by them.
 */
export const endpoints = {
  health: healthEndpoints,
  auth: authEndpoints,
  invites: inviteEndpoints,
  users: userEndpoints,
  regions: regionEndpoints,
  centres: centreEndpoints,
  coordinators: coordinatorEndpoints,
  periods: periodEndpoints,
  guidelines: guidelineEndpoints,
  progress: progressEndpoints,
  audit: auditEndpoints,
  surveys: surveyEndpoints,
  followUps: followUpEndpoints,
  collection: collectionEndpoints,
  kiosk: kioskEndpoints,
  exclusions: exclusionEndpoints,
  imports: importEndpoints,
  results: resultEndpoints,
  regionReports: regionReportEndpoints,
  municipalityReports: municipalityReportEndpoints,
  centreReports: centreReportEndpoints,
  publication: publicationEndpoints,
};

export type Endpoints = typeof endpoints;
