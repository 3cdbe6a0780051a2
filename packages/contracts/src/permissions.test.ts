import { describe, expect, it } from "vitest";
import { type Action, may, permissions, type Role, roles } from "./permissions.ts";

/**
 * The whole table, role by role: a change of who may do what shows here as
 * a changed line, and a new role must be given its line before it can act.
 */
const expected: Record<Role, Action[]> = {
  admin: Object.keys(permissions) as Action[],
  county_coordinator: [
    "account.own",
    "centres.read",
    "centres.manage",
    "coordinators.manage",
    "collection.manage",
    "exclusions.manage",
    "periods.manage",
    "guidelines.manage",
    "imports.manage",
    "progress.read",
    "audit.read",
    "regions.read",
    "users.manage",
    "results.read",
    "results.freeText",
    "followups.read",
    "followups.review",
    "reports.read",
    "reports.editRegion",
    "reports.editCentre",
    "reports.reopen",
  ],
  local_coordinator: [
    "account.own",
    "centres.read",
    "collection.manage",
    "exclusions.manage",
    "results.read",
    "results.freeText",
    "followups.read",
    "followups.fill",
    "reports.read",
    "reports.editCentre",
  ],
  reader: ["account.own", "centres.read", "results.read", "reports.read"],
};

describe("the permission table", () => {
  it.each(roles)("gives %s exactly its actions", (role) => {
    const allowed = (Object.keys(permissions) as Action[]).filter((action) => may(role, action));
    expect(allowed).toEqual(expected[role]);
  });

  it("keeps installation-wide actions to administrators, and gives every action at least one role", () => {
    for (const [action, permission] of Object.entries(permissions)) {
      expect(permission.roles.length, action).toBeGreaterThan(0);
      if (permission.scope === "installation") expect(permission.roles, action).toEqual(["admin"]);
    }
  });

  it("never lets a reader see free text or change anything", () => {
    const readerActions = (Object.keys(permissions) as Action[]).filter((a) => may("reader", a));
    expect(readerActions.every((a) => a.endsWith(".read") || a === "account.own")).toBe(true);
  });
});
