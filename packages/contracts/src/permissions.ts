/**
 * Who may do what: the one table of roles and actions. The API's
 * `authorize(action)` hook and its services ask it, and the web asks it to
 * show or hide an action. Adding a role is adding it here and to this table's
 * tests; where each role may act (its scope) is said per action, and kept
 * by the scope condition in every query's WHERE clause.
 */
export const roles = ["admin", "county_coordinator", "local_coordinator", "reader"] as const;
export type Role = (typeof roles)[number];

/** Where an action applies, for each role that may take it. */
export type ScopeRule =
  /** The caller's own account. */
  | "self"
  /** The centres, municipalities and regions in the caller's scope (an administrator: all). */
  | "own-scope"
  /** Whatever lies wholly in the regions the caller administers (an administrator: all). */
  | "own-region"
  /** The whole installation: administrators only. */
  | "installation";

export interface Permission {
  roles: readonly Role[];
  scope: ScopeRule;
  /** What the action is, for the documentation and the table's test. */
  what: string;
}

const everyone = roles;
const coordinators = ["admin", "county_coordinator", "local_coordinator"] as const;
const county = ["admin", "county_coordinator"] as const;

export const permissions = {
  "account.own": { roles: everyone, scope: "self", what: "sign in and out, see oneself, change one's password" },
  "centres.read": { roles: everyone, scope: "own-scope", what: "list and open centres" },
  "centres.manage": { roles: county, scope: "own-region", what: "create, change, end and resume centres" },
  "coordinators.manage": {
    roles: county,
    scope: "own-region",
    what: "invite, relink and remove a centre's coordinators",
  },
  "coordinators.acrossRegions": {
    roles: ["admin"],
    scope: "installation",
    what: "give a local coordinator a centre in another region than their others",
  },
  "collection.manage": {
    roles: coordinators,
    scope: "own-scope",
    what: "tablets, links, the staff PIN, the answers so far and their activity",
  },
  "exclusions.manage": {
    roles: coordinators,
    scope: "own-scope",
    what: "leave a stuffed link's answers out, and back in",
  },
  "periods.manage": { roles: county, scope: "own-region", what: "set the collection periods" },
  "guidelines.manage": {
    roles: county,
    scope: "own-region",
    what: "keep the region's guideline rules for a coming year and publish them",
  },
  "imports.manage": {
    roles: county,
    scope: "own-region",
    what: "bring in earlier years' answers from a file, and undo an import",
  },
  "progress.read": { roles: county, scope: "own-region", what: "the year's progress table" },
  "audit.read": { roles: county, scope: "own-region", what: "the region's audit log" },
  "publication.run": { roles: ["admin"], scope: "installation", what: "publish results and run retention at once" },
  "regions.read": { roles: county, scope: "own-region", what: "the regions and their municipalities" },
  "regions.manage": {
    roles: ["admin"],
    scope: "installation",
    what: "switch a region on or off, choose its guideline",
  },
  "users.manage": {
    roles: county,
    scope: "own-region",
    what: "the user administration (a county coordinator: readers and local coordinators of the region)",
  },
  "results.read": { roles: everyone, scope: "own-scope", what: "results, with the larger areas for comparison" },
  "results.freeText": { roles: coordinators, scope: "own-scope", what: "the free-text answers, once released" },
  "followups.read": { roles: coordinators, scope: "own-scope", what: "open a centre's quality follow-up" },
  "followups.fill": { roles: ["admin", "local_coordinator"], scope: "own-scope", what: "save and submit a follow-up" },
  "followups.review": { roles: county, scope: "own-region", what: "return or approve a submitted follow-up" },
  "reports.read": { roles: everyone, scope: "own-scope", what: "read and download the annual reports" },
  "reports.editRegion": {
    roles: county,
    scope: "own-region",
    what: "write, choose examples for and finalise a region's report",
  },
  "reports.editCentre": { roles: coordinators, scope: "own-scope", what: "write and finalise a centre's report" },
  "reports.reopen": { roles: county, scope: "own-region", what: "reopen a final report" },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof permissions;

/** Whether the role may take the action (where, its scope says). */
export function may(role: Role, action: Action): boolean {
  return (permissions[action].roles as readonly Role[]).includes(role);
}

/** The roles that may take the action, for a route's guard. */
export const rolesFor = (action: Action): readonly Role[] => permissions[action].roles;
