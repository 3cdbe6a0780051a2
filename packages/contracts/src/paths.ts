/**
 * The table of endpoints: every route of the API, by area and name, with its method and path.
 * It is plain data, so the kiosk can import its few routes without the schema library;
 * each area's contract joins a route with its schemas and access (see endpoint.ts), the API
 * registers exactly these routes, and the web's client is derived from them.
 */
export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
}

const get = <const P extends string>(path: P) => ({ method: "GET", path }) as const;
const post = <const P extends string>(path: P) => ({ method: "POST", path }) as const;
const put = <const P extends string>(path: P) => ({ method: "PUT", path }) as const;
const patch = <const P extends string>(path: P) => ({ method: "PATCH", path }) as const;
const del = <const P extends string>(path: P) => ({ method: "DELETE", path }) as const;

export const healthPaths = { check: get("/api/health") };

export const authPaths = {
  login: post("/api/auth/login"),
  me: get("/api/auth/me"),
  logout: post("/api/auth/logout"),
  changePassword: post("/api/auth/password"),
  requestPasswordReset: post("/api/auth/password-reset"),
};

export const invitePaths = { lookup: post("/api/invites/lookup"), accept: post("/api/invites/accept") };

export const userPaths = {
  list: get("/api/users"),
  create: post("/api/users"),
  changeScope: put("/api/users/:id/scope"),
  deactivate: post("/api/users/:id/deactivate"),
  reactivate: post("/api/users/:id/reactivate"),
  newLink: post("/api/users/:id/link"),
};

export const regionPaths = {
  list: get("/api/regions"),
  change: patch("/api/regions/:code"),
  municipalities: get("/api/regions/:code/municipalities"),
};

export const centrePaths = {
  list: get("/api/centres"),
  get: get("/api/centres/:id"),
  create: post("/api/centres"),
  change: patch("/api/centres/:id"),
};

export const coordinatorPaths = {
  list: get("/api/centres/:id/coordinators"),
  invite: post("/api/centres/:id/coordinators"),
  renewInvite: post("/api/centres/:id/coordinators/:userId/invite"),
  remove: del("/api/centres/:id/coordinators/:userId"),
};

export const periodPaths = {
  get: get("/api/regions/:code/periods/:year"),
  set: put("/api/regions/:code/periods/:year"),
};

export const importPaths = {
  list: get("/api/regions/:code/imports"),
  read: post("/api/regions/:code/imports/read"),
  run: post("/api/regions/:code/imports/run"),
  totals: post("/api/regions/:code/imports/totals"),
  undo: post("/api/regions/:code/imports/:importId/undo"),
};

export const guidelinePaths = {
  get: get("/api/regions/:code/guidelines/:year"),
  save: put("/api/regions/:code/guidelines/:year"),
  publish: post("/api/regions/:code/guidelines/:year/publish"),
};

export const progressPaths = { get: get("/api/regions/:code/progress") };

export const auditPaths = { list: get("/api/regions/:code/audit-log") };

export const surveyPaths = { definition: get("/api/surveys/:kind/:year") };

export const followUpPaths = {
  get: get("/api/centres/:id/follow-ups/:year"),
  saveDraft: put("/api/centres/:id/follow-ups/:year/draft"),
  submit: post("/api/centres/:id/follow-ups/:year/submit"),
  return: post("/api/centres/:id/follow-ups/:year/return"),
  approve: post("/api/centres/:id/follow-ups/:year/approve"),
};

export const collectionPaths = {
  createEnrolment: post("/api/centres/:id/kiosk-enrolments"),
  createLink: post("/api/centres/:id/links"),
  setKioskPin: put("/api/centres/:id/kiosk-pin"),
  respondentCounts: get("/api/centres/:id/response-counts"),
  tokens: get("/api/centres/:id/collection-tokens"),
  revokeToken: post("/api/centres/:id/collection-tokens/:tokenId/revoke"),
  enterPaperResponse: post("/api/centres/:id/paper-responses"),
};

/** What a tablet or a link calls (besides the survey definitions): the kiosk's small client uses only these. */
export const kioskPaths = {
  enrol: post("/api/kiosk/enrol"),
  status: get("/api/kiosk/status"),
  submit: post("/api/responses"),
};

export const exclusionPaths = {
  activity: get("/api/centres/:id/token-activity"),
  exclude: post("/api/centres/:id/exclusions"),
  revoke: post("/api/centres/:id/exclusions/:exclusionId/revoke"),
};

export const resultPaths = {
  followUpFigures: get("/api/results/kvalitetsuppfoljning/:year"),
  trend: get("/api/results/:survey/trend"),
  overview: get("/api/results/:survey/:year"),
  parts: get("/api/results/:survey/:year/parts"),
  comments: get("/api/results/:survey/:year/comments"),
};

/** The formats a report is exported in: the `:format` of its export route. */
export const reportFormats = ["docx", "pptx", "xlsx"] as const;

/** A report's routes below its base: a region's joint report and a centre's report have the same. */
const reportRoutes = <const B extends string>(base: B) => ({
  model: get(base),
  saveChapter: put(`${base}/chapters/:chapter`),
  chooseExamples: put(`${base}/examples`),
  saveAddressee: put(`${base}/addressee`),
  finalize: post(`${base}/finalize`),
  reopen: post(`${base}/reopen`),
  export: get(`${base}/export.:format`),
});

export const regionReportPaths = reportRoutes("/api/reports/regions/:code/:year");
export const municipalityReportPaths = reportRoutes("/api/reports/municipalities/:code/:year");
export const centreReportPaths = reportRoutes("/api/reports/centres/:id/:year");

export const publicationPaths = { run: post("/api/publication/run"), runRetention: post("/api/retention/run") };

export const paths = {
  health: healthPaths,
  auth: authPaths,
  invites: invitePaths,
  users: userPaths,
  regions: regionPaths,
  centres: centrePaths,
  coordinators: coordinatorPaths,
  periods: periodPaths,
  guidelines: guidelinePaths,
  progress: progressPaths,
  audit: auditPaths,
  surveys: surveyPaths,
  followUps: followUpPaths,
  collection: collectionPaths,
  kiosk: kioskPaths,
  exclusions: exclusionPaths,
  imports: importPaths,
  results: resultPaths,
  regionReports: regionReportPaths,
  municipalityReports: municipalityReportPaths,
  centreReports: centreReportPaths,
  publication: publicationPaths,
};
