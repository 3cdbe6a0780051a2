import type { FollowUpFigures } from "@fcs/contracts";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers, findInstrument } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

describe.each(testDatabaseKinds())("quality follow-up figures and guideline compliance on %s", (kind) => {
  let t: TestApp;
  const as: Record<string, { authorization: string }> = {};
  const centre: Record<string, string> = {};

  /** A follow-up through the workflow: drafted and submitted by the coordinator, approved by the county unless told not to. */
  async function followUp(name: string, answers: Record<string, unknown>, approve = true) {
    const base = `/api/centres/${centre[name]}/follow-ups/2025`;
    const call = (method: "PUT" | "POST", url: string, payload: object, who = "local") =>
      t.app.inject({ method, url, payload, headers: as[who] });
    const draft = await call("PUT", `${base}/draft`, { version: 0, answers });
    expect(draft.statusCode, draft.body).toBe(200);
    const submitted = await call("POST", `${base}/submit`, { version: 1 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    if (approve) expect((await call("POST", `${base}/approve`, { version: 2 }, "county")).statusCode).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    for (const [name, municipalityCode] of [
      ["malmoA", "1280"],
      ["malmoB", "1280"],
      ["lund", "1281"],
    ] as const)
      centre[name] = (await makeCentre(db, { municipalityCode })).id;
    const users = {
      local: await makeUser(
        db,
        "local_coordinator",
        Object.values(centre).map((id) => ({ centreId: id })),
      ),
      localA: await makeUser(db, "local_coordinator", [{ centreId: centre.malmoA as string }]),
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [who, user] of Object.entries(users)) as[who] = await signIn(t.app, user.email, user.password);
    const asked = findInstrument("kvalitetsuppfoljning", 2025)?.questions ?? {};
    const base = {
      ...Object.fromEntries(Object.entries(exampleAnswers.kvalitetsuppfoljning).filter(([key]) => key in asked)),
      gemensam_entre: true,
    };
    await followUp("malmoA", {
      ...base,
      gemensamt_oppet_timmar: 20,
      sommar_reducering_veckor: 6,
      deltagare_fore_fodsel: 40,
      slussning: { bhv: { socialtjanst: 3, oppen_forskola: 22 } },
    });
    await followUp("malmoB", {
      ...base,
      gemensamt_oppet_timmar: 10,
      sommar_reducering_veckor: 10,
      grupper_fore_fodsel: 0,
      deltagare_fore_fodsel: 2,
      slussning: { bhv: { socialtjanst: 12, oppen_forskola: 10 } },
    });
    // Submitted but not approved: it counts as a centre, not in the figures.
    await followUp("lund", { ...base, gemensamt_oppet_timmar: 40 }, false);
  });
  afterAll(() => t.close());

  const figures = async (scope: string, who = "county") => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/results/kvalitetsuppfoljning/2025?scope=${scope}`,
      headers: as[who],
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<FollowUpFigures>();
  };
  const figureValue = (summary: FollowUpFigures["scopes"][number] | undefined, key: string) =>
    summary?.figures.find((f) => f.key === key)?.value;
  const complianceOf = (summary: FollowUpFigures["scopes"][number] | undefined, rule: string) =>
    summary?.compliance?.find((c) => c.rule === rule);

  it("sums up only approved follow-ups, for the region and each municipality", async () => {
    const body = await figures("region:12");
    const [region] = body.scopes;
    expect(region).toMatchObject({ id: "region:12", centres: 3, approved: 2 });
    expect(figureValue(region, "gemensamt_oppet_timmar")).toBe(15);
    expect(figureValue(region, "grupper_fore_fodsel")).toBe(0.5);
    expect(body.municipalities.map((m) => [m.name, m.approved])).toEqual([
      ["Lund", 0],
      ["Malmö", 2],
    ]);
  });

  it("checks every centre against Skåne's guideline and gives the share meeting each rule", async () => {
    const body = await figures("region:12");
    expect(body.guideline?.source).toContain("Region Skåne");
    // The 2024 averages the guideline gives to compare with: beside the key figures, never a rule.
    expect(body.guideline?.references.map((r) => [r.key, r.value])).toEqual([
      ["husmote_timmar_manad", 5],
      ["planeringsdagar_ar", 2],
    ]);
    expect(body.guideline?.rules.map((r) => r.id)).not.toContain("husmote_timmar_manad");
    const outcome = (name: string, rule: string) => body.centres.find((c) => c.id === centre[name])?.outcomes[rule];
    expect(outcome("malmoA", "gemensamt_oppet_15")).toBe("met");
    expect(outcome("malmoB", "gemensamt_oppet_15")).toBe("not_met");
    expect(outcome("malmoB", "sommar_hogst_8")).toBe("not_met");
    expect(outcome("lund", "gemensamt_oppet_15")).toBe("not_answered");
    expect(complianceOf(body.scopes[0], "gemensamt_oppet_15")).toMatchObject({ met: 1, notMet: 1, share: 0.5 });
    expect(complianceOf(body.scopes[0], "styrgrupp")).toMatchObject({ met: 2, share: 1 });
  });

  it("sums what the centres did — staffing, groups, the slussning grid — and hides small counts of people", async () => {
    const body = await figures("region:12");
    const [region] = body.scopes;
    const malmo = body.municipalities.find((m) => m.name === "Malmö");
    const flow = (s: typeof region, from: string, to: string) =>
      s?.activity.flows.find((f) => f.from === from && f.to === to);
    const total = (s: typeof region, key: string) => s?.activity.totals.find((f) => f.key === key);
    expect(body.activityDefinitions.services.map((s) => s.key)).toEqual([
      "mhv",
      "bhv",
      "oppen_forskola",
      "socialtjanst",
    ]);
    expect(flow(region, "bhv", "oppen_forskola")).toEqual({
      from: "bhv",
      to: "oppen_forskola",
      value: 32,
      hidden: false,
      n: 2,
    });
    expect(flow(region, "bhv", "socialtjanst")).toMatchObject({ value: 15, hidden: false });
    expect(flow(malmo, "bhv", "socialtjanst")).toMatchObject({ value: 15, hidden: false });
    expect(total(region, "deltagare_fore_fodsel")).toMatchObject({ value: 42, hidden: false, n: 2 });
    // Per centre: 3 families and 2 participants are too few; their neighbours are hidden too, or subtraction gives them away.
    const at = (name: string) => body.centres.find((c) => c.id === centre[name])?.activity;
    expect(at("malmoA")?.flows.find((f) => f.from === "bhv" && f.to === "socialtjanst")).toMatchObject({
      value: null,
      hidden: true,
    });
    expect(at("malmoB")?.flows.find((f) => f.from === "bhv" && f.to === "socialtjanst")).toMatchObject({
      value: null,
      hidden: true,
    });
    expect(at("malmoB")?.totals.find((f) => f.key === "deltagare_fore_fodsel")).toMatchObject({ hidden: true });
    expect(at("malmoA")?.totals.find((f) => f.key === "deltagare_fore_fodsel")).toMatchObject({ hidden: true });
    expect(at("malmoA")?.flows.find((f) => f.from === "bhv" && f.to === "oppen_forskola")).toMatchObject({ value: 22 });
    // Staffing is no count of families: summed as it is, persons and full-time equivalents.
    const midwives = region?.activity.staffing.find((s) => s.profession === "barnmorska");
    expect(midwives?.persons).toMatchObject({ value: 4, hidden: false, n: 2 });
    expect(midwives?.fte.value).toBeCloseTo(3);
    // Not approved: nothing of Lund's is summed.
    expect(at("lund")?.totals.every((f) => f.value === null && f.n === 0)).toBe(true);
  });

  it("shows a local coordinator their centre beside the municipality and region, but no other centre", async () => {
    const body = await figures(`centre:${centre.malmoA}`, "localA");
    expect(body.scopes.map((s) => s.id)).toEqual([`centre:${centre.malmoA}`, "municipality:1280", "region:12", "all"]);
    expect(body.centres.map((c) => c.id)).toEqual([centre.malmoA]);
    expect(figureValue(body.scopes[1], "gemensamt_oppet_timmar")).toBe(15);
    expect(body.scopes[3]?.compliance).toBeNull();
  });

  it("lets a reader of the region read the figures, and hides the region's centres from another local coordinator", async () => {
    expect((await figures("region:12", "reader")).centres).toHaveLength(3);
    const response = await t.app.inject({
      method: "GET",
      url: `/api/results/kvalitetsuppfoljning/2025?scope=centre:${centre.lund}`,
      headers: as.localA,
    });
    expect(response.statusCode).toBe(404);
  });
});
