import { testDatabaseKinds } from "@fcs/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signIn, type TestApp } from "../../../../test/support/app.ts";
import { runAdminCommand, UsageError } from "./admin.ts";

describe.each(testDatabaseKinds())("the operator's account commands on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const run = (...args: string[]) => runAdminCommand(args, t.database, "https://fcs.example");
  const tokenIn = (output: string) => output.split("#")[1]?.trim() ?? "";
  const accept = (token: string, password: string) =>
    t.app.inject({ method: "POST", url: "/api/invites/accept", payload: { token, password } });

  it("creates the first administrator, who sets a password through the printed link and signs in", async () => {
    const output = await run("create-admin", "--email", " Ada.Admin@Region.example ", "--name", "Ada Admin");
    expect(output).toMatch(/https:\/\/fcs\.example\/inbjudan#[\w-]{40,}/);
    expect((await accept(tokenIn(output), "ett långt och bra lösenord")).statusCode).toBe(200);
    const session = await signIn(t.app, "ada.admin@region.example", "ett långt och bra lösenord");
    const me = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: session });
    expect(me.json()).toMatchObject({ role: "admin", displayName: "Ada Admin" });
    await expect(run("create-admin", "--email", "ada.admin@region.example", "--name", "Igen")).rejects.toThrow(
      UsageError,
    );
  });

  it("resets a forgotten password: the new link ends every earlier session", async () => {
    const before = await signIn(t.app, "ada.admin@region.example", "ett långt och bra lösenord");
    const output = await run("reset-password", "--email", "ada.admin@region.example");
    expect(output).toMatch(/https:\/\/fcs\.example\/nytt-losenord#[\w-]{40,}/);
    expect((await accept(tokenIn(output), "ett nytt långt lösenord")).statusCode).toBe(200);
    const old = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: before });
    expect(old.statusCode).toBe(401);
    await signIn(t.app, "ada.admin@region.example", "ett nytt långt lösenord");
  });

  it("deactivates an account and ends its sessions at once; the list shows it", async () => {
    const session = await signIn(t.app, "ada.admin@region.example", "ett nytt långt lösenord");
    expect(await run("deactivate", "--email", "ada.admin@region.example")).toMatch(/deactivated/);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: session })).statusCode).toBe(401);
    expect(await run("list-users")).toMatch(/admin\s+deactivated ada\.admin@region\.example \(Ada Admin\)/);
  });

  it("explains its usage for an unknown command or a missing e-mail", async () => {
    await expect(run("make-coffee")).rejects.toThrow(/create-admin --email/);
    await expect(run("deactivate")).rejects.toThrow(/--email is required/);
  });
});
