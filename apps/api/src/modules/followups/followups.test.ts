import { auditLog, eq } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("the quality follow-up workflow on %s", (kind) => {
  let t: TestApp;
  let centre: { id: string };
  let elsewhere: { id: string };
  const as: Record<string, { authorization: string }> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    centre = await makeCentre(db, { municipalityCode: "1280" });
    elsewhere = await makeCentre(db, { municipalityCode: "0680" });
    const users = {
      local: await makeUser(db, "local_coordinator", [{ centreId: centre.id }]),
      otherLocal: await makeUser(db, "local_coordinator", [{ centreId: elsewhere.id }]),
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      otherCounty: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) {
      as[name] = await signIn(t.app, user.email, user.password);
      ids[name] = user.id;
    }
  });
  afterAll(() => t.close());

  const url = (step = "", centreId = centre.id) => `/api/centres/${centreId}/follow-ups/2026${step}`;
  const call = (who: string, method: "GET" | "PUT" | "POST", path: string, payload?: object) =>
    t.app.inject({ method, url: path, headers: as[who], ...(payload ? { payload } : {}) });
  const expectError = async (
    response: Promise<{ statusCode: number; json(): { error: string } }>,
    status: number,
    error: string,
  ) => {
    const r = await response;
    expect(r.statusCode).toBe(status);
    expect(r.json().error).toBe(error);
  };

  it("goes from not started through draft, return and resubmission to approved and locked", async () => {
    expect((await call("local", "GET", url())).json()).toMatchObject({
      status: "not_started",
      version: 0,
      answers: {},
    });

    const partial = { fc_typ: "familjecentral", gemensamt_oppet_timmar: 12 };
    expect((await call("local", "PUT", url("/draft"), { version: 0, answers: partial })).json()).toEqual({
      status: "draft",
      version: 1,
    });
    expect((await call("local", "GET", url())).json()).toMatchObject({ status: "draft", version: 1, answers: partial });

    const incomplete = await call("local", "POST", url("/submit"), { version: 1 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().details).toContainEqual({ field: "answers.rutin_sekretess", message: "måste besvaras" });

    const complete = exampleAnswers.kvalitetsuppfoljning;
    expect((await call("local", "PUT", url("/draft"), { version: 1, answers: complete })).json().version).toBe(2);
    expect((await call("local", "POST", url("/submit"), { version: 2 })).json()).toEqual({
      status: "submitted",
      version: 3,
    });
    await expectError(
      call("local", "PUT", url("/draft"), { version: 3, answers: complete }),
      409,
      "invalid_transition",
    );

    const returned = await call("county", "POST", url("/return"), { version: 3, comment: "Komplettera bemanningen." });
    expect(returned.json()).toEqual({ status: "returned", version: 4 });
    expect((await call("local", "GET", url())).json()).toMatchObject({
      status: "returned",
      returnComment: "Komplettera bemanningen.",
    });

    expect((await call("local", "PUT", url("/draft"), { version: 4, answers: complete })).json().status).toBe("draft");
    expect((await call("local", "POST", url("/submit"), { version: 5 })).json().status).toBe("submitted");
    expect((await call("county", "POST", url("/approve"), { version: 6 })).json()).toEqual({
      status: "approved",
      version: 7,
    });

    await expectError(call("local", "PUT", url("/draft"), { version: 7, answers: {} }), 409, "invalid_transition");
    await expectError(call("county", "POST", url("/return"), { version: 7, comment: "x" }), 409, "invalid_transition");
    await expectError(call("county", "POST", url("/approve"), { version: 7 }), 409, "invalid_transition");
  });

  it("records every transition in the audit log, with who", async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.centreId, centre.id));
    // Saving within a draft is not a step; the first save and the save after a return are.
    expect(rows.map((r) => r.action)).toEqual([
      "follow_up.save",
      "follow_up.submit",
      "follow_up.return",
      "follow_up.save",
      "follow_up.submit",
      "follow_up.approve",
    ]);
    expect(rows.find((r) => r.action === "follow_up.approve")).toMatchObject({ actorId: ids.county, regionCode: "12" });
  });

  it("shows the coordinator the follow-up's history with who took each step", async () => {
    const { history } = (await call("local", "GET", url())).json();
    expect(history.map((h: { step: string; to: string }) => `${h.step}→${h.to}`)).toEqual([
      "save→draft",
      "submit→submitted",
      "return→returned",
      "save→draft",
      "submit→submitted",
      "approve→approved",
    ]);
    expect(history[2].by).toMatch(/\S/);
    // The return keeps what was asked, after it was corrected and approved.
    expect(history[2].comment).toBe("Komplettera bemanningen.");
    expect(history[1].comment).toBeUndefined();
  });

  it("refuses a save made on an old version, so two editors never overwrite each other", async () => {
    const other = await makeCentre(t.database.db, { municipalityCode: "1280" });
    const path = url("/draft", other.id);
    expect((await call("county", "GET", url("", other.id))).statusCode).toBe(200);
    const admin = await makeUser(t.database.db, "admin");
    as.admin = await signIn(t.app, admin.email, admin.password);
    expect((await call("admin", "PUT", path, { version: 0, answers: { fc_typ: "familjecentral" } })).statusCode).toBe(
      200,
    );
    await expectError(
      call("admin", "PUT", path, { version: 0, answers: { fc_typ: "familjecentralsliknande" } }),
      409,
      "version_conflict",
    );
    expect((await call("admin", "GET", url("", other.id))).json().answers).toEqual({ fc_typ: "familjecentral" });
  });

  it.each([
    ["a reader", "reader", "GET", "", 403],
    ["a local coordinator of another centre", "otherLocal", "GET", "", 404],
    ["a county coordinator of another region", "otherCounty", "GET", "", 404],
    ["a local coordinator approving", "local", "POST", "/approve", 403],
    ["a county coordinator editing", "county", "PUT", "/draft", 403],
    ["a reader editing", "reader", "PUT", "/draft", 403],
  ] as const)("refuses %s", async (_case, who, method, step, status) => {
    const payload = method === "GET" ? undefined : { version: 0, answers: {} };
    expect((await call(who, method, url(step), payload)).statusCode).toBe(status);
  });

  it("offers last year's approved answers, only for questions that still exist", async () => {
    const db = t.database.db;
    const fresh = await makeCentre(db, { municipalityCode: "1280" });
    const local = await makeUser(db, "local_coordinator", [{ centreId: fresh.id }]);
    as.fresh = await signIn(t.app, local.email, local.password);
    const lastYear = (step: string) => `/api/centres/${fresh.id}/follow-ups/2025${step}`;
    const answers2025 = { ...exampleAnswers.kvalitetsuppfoljning, gemensam_entre: true };
    delete (answers2025 as Record<string, unknown>).gemensamma_hembesok;
    await call("fresh", "PUT", lastYear("/draft"), { version: 0, answers: answers2025 });
    const view = () => call("fresh", "GET", `/api/centres/${fresh.id}/follow-ups/2026`).then((r) => r.json());
    expect((await view()).lastYear).toEqual({});

    await call("fresh", "POST", lastYear("/submit"), { version: 1 });
    expect((await view()).lastYear).toEqual({});
    await call("county", "POST", lastYear("/approve"), { version: 2 });
    const offered = (await view()).lastYear;
    expect(offered.gemensamt_oppet_timmar).toBe(16);
    expect(offered).not.toHaveProperty("gemensam_entre");
  });

  it("says which year has no follow-up", async () => {
    const response = await call("local", "GET", `/api/centres/${centre.id}/follow-ups/2019`);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe("Det finns ingen kvalitetsuppföljning för år 2019.");
  });
});
