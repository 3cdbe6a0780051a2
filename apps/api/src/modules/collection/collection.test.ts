import { randomUUID } from "node:crypto";
import { eq, responses } from "@fcs/db";
import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makePeriod, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

let now = new Date("2026-11-23T10:00:00+01:00");

describe.each(testDatabaseKinds())("tablets and links on %s", (kind) => {
  let t: TestApp;
  let own: { id: string };
  let other: { id: string };
  const as: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(
      kind,
      { loginRateLimit: { max: 50, windowMs: 60_000 }, submissionRateLimitPerMinute: 5 },
      { clock: () => now },
    );
    const db = t.database.db;
    own = await makeCentre(db, { municipalityCode: "1280" });
    other = await makeCentre(db, { municipalityCode: "1281" });
    for (const survey of ["besok_vuxen", "besok_barn", "spindel"] as const) {
      await makePeriod(db, { regionCode: "12", kind: survey, year: 2026, opens: "2026-09-01", closes: "2026-12-15" });
    }
    const users = {
      local: await makeUser(db, "local_coordinator", [{ centreId: own.id }]),
      county: await makeUser(db, "county_coordinator", [{ regionCode: "12" }]),
      countyElsewhere: await makeUser(db, "county_coordinator", [{ regionCode: "06" }]),
      reader: await makeUser(db, "reader", [{ regionCode: "12" }]),
    };
    for (const [name, user] of Object.entries(users)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const inject = (method: "GET" | "POST", url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as[who] : {}, ...(payload ? { payload } : {}) });
  const newCode = async (centreId = own.id, who = "local", label?: string) =>
    inject("POST", `/api/centres/${centreId}/kiosk-enrolments`, who, label ? { label } : {});
  const enrol = (code: string) => inject("POST", "/api/kiosk/enrol", undefined, { code });
  const submit = (token: string, survey = "besok_vuxen") =>
    t.app.inject({
      method: "POST",
      url: "/api/responses",
      headers: { "x-collection-token": token },
      payload: { id: randomUUID(), survey, year: 2026, locale: "sv", answers: exampleAnswers[survey as "besok_vuxen"] },
    });

  it("gives the local coordinator a short, readable code valid for 15 minutes", async () => {
    const response = await newCode();
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(Date.parse(body.expiresAt) - now.getTime()).toBe(15 * 60_000);
  });

  it("enrols a tablet once: the code gives a kiosk token for the centre's visitor surveys", async () => {
    const { code } = (await newCode()).json();
    const enrolled = await enrol(code.toLowerCase().replace("-", " "));
    expect(enrolled.statusCode).toBe(201);
    const tablet = enrolled.json();
    expect(tablet).toMatchObject({ centreId: own.id, surveys: ["besok_vuxen", "besok_barn"] });
    const again = await enrol(code);
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toBe("invalid_enrolment_code");

    const stored = await submit(tablet.token);
    expect(stored.statusCode).toBe(201);
    const [row] = await t.database.db.select().from(responses).where(eq(responses.id, stored.json().id));
    expect(row).toMatchObject({ centreId: own.id, channel: "kiosk" });
    expect((await submit(tablet.token, "spindel")).statusCode).toBe(403);
  });

  it("refuses an expired code", async () => {
    const { code } = (await newCode()).json();
    now = new Date(now.getTime() + 16 * 60_000);
    try {
      expect((await enrol(code)).json().error).toBe("invalid_enrolment_code");
    } finally {
      now = new Date("2026-11-23T10:00:00+01:00");
    }
  });

  it.each([
    ["a local coordinator, for another centre", "local", () => other.id, 404],
    ["a county coordinator of another region", "countyElsewhere", () => own.id, 404],
    ["a reader", "reader", () => own.id, 403],
  ])("refuses %s", async (_case, who, centre, status) => {
    expect((await newCode(centre(), who)).statusCode).toBe(status);
    expect((await inject("POST", `/api/centres/${centre()}/links`, who, { audience: "staff" })).statusCode).toBe(
      status,
    );
    expect((await inject("GET", `/api/centres/${centre()}/collection-tokens`, who)).statusCode).toBe(status);
  });

  it("lets the county coordinator enrol tablets in the region", async () => {
    expect((await newCode(other.id, "county")).statusCode).toBe(201);
  });

  it("hands out a staff link that submits the spider measurement only, with the token in the fragment", async () => {
    const response = await inject("POST", `/api/centres/${own.id}/links`, "local", { audience: "staff" });
    expect(response.statusCode).toBe(201);
    const link = response.json();
    expect(link.path).toBe(`/enkat/personal#${link.token}`);
    expect((await submit(link.token, "spindel")).statusCode).toBe(201);
    expect((await submit(link.token, "besok_vuxen")).statusCode).toBe(403);
  });

  it("names a link by where it is used, or by its kind when no name is given", async () => {
    const named = await inject("POST", `/api/centres/${own.id}/links`, "local", {
      audience: "visitors",
      label: "  Affisch i väntrummet ",
    });
    expect(named.statusCode).toBe(201);
    expect(named.json().label).toBe("Affisch i väntrummet");
    const unnamed = await inject("POST", `/api/centres/${own.id}/links`, "local", { audience: "visitors", label: " " });
    expect(unnamed.json().label).toBe("Besökslänk (affisch och QR-kod)");
    const listed = (await inject("GET", `/api/centres/${own.id}/collection-tokens`, "local")).json();
    expect(listed.tokens.map((x: { label: string }) => x.label)).toContain("Affisch i väntrummet");
    const tooLong = await inject("POST", `/api/centres/${own.id}/links`, "local", {
      audience: "visitors",
      label: "x".repeat(101),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().details[0].field).toBe("body.label");
  });

  it("lists tablets and links with the last day used, never the tokens, and revokes one at once", async () => {
    const { code } = (await newCode(own.id, "local", "Väntrummet vid entrén")).json();
    const tablet = (await enrol(code)).json();
    expect(tablet.label).toBe("Väntrummet vid entrén");
    expect((await submit(tablet.token)).statusCode).toBe(201);
    const listed = (await inject("GET", `/api/centres/${own.id}/collection-tokens`, "local")).json();
    expect(JSON.stringify(listed)).not.toContain(tablet.token);
    const entry = listed.tokens.find((x: { label: string }) => x.label === "Väntrummet vid entrén");
    expect(entry).toMatchObject({ channel: "kiosk", lastUsedOn: "2026-11-23", revokedAt: null });

    const revoked = await inject("POST", `/api/centres/${own.id}/collection-tokens/${entry.id}/revoke`, "local");
    expect(revoked.statusCode).toBe(204);
    const refused = await submit(tablet.token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toBe("invalid_collection_token");
    const notThere = await inject("POST", `/api/centres/${own.id}/collection-tokens/${randomUUID()}/revoke`, "local");
    expect(notThere.statusCode).toBe(404);
  });

  it("tells a tablet its centre and which surveys are collected today", async () => {
    const { code } = (await newCode()).json();
    const tablet = (await enrol(code)).json();
    const status = await t.app.inject({
      method: "GET",
      url: "/api/kiosk/status",
      headers: { "x-collection-token": tablet.token },
    });
    expect(status.statusCode).toBe(200);
    expect(status.json().centreName).toMatch(/^Testcentralen/);
    expect(status.json().surveys).toEqual([
      { survey: "besok_vuxen", year: 2026, open: true, opens: "2026-09-01", closes: "2026-12-15" },
      { survey: "besok_barn", year: 2026, open: true, opens: "2026-09-01", closes: "2026-12-15" },
    ]);
    now = new Date("2026-12-20T10:00:00+01:00");
    try {
      const closed = await t.app.inject({
        method: "GET",
        url: "/api/kiosk/status",
        headers: { "x-collection-token": tablet.token },
      });
      expect(closed.json().surveys.map((s: { open: boolean }) => s.open)).toEqual([false, false]);
    } finally {
      now = new Date("2026-11-23T10:00:00+01:00");
    }
    const anonymous = await t.app.inject({ method: "GET", url: "/api/kiosk/status" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("counts who has answered, per survey, for the centre's coordinator only", async () => {
    const counts = await inject("GET", `/api/centres/${own.id}/response-counts?year=2026`, "local");
    expect(counts.statusCode).toBe(200);
    const body = counts.json();
    expect(body.year).toBe(2026);
    expect(body.besok_vuxen).toBeGreaterThan(0);
    expect(body.spindel).toBeGreaterThan(0);
    expect(body.besok_barn).toBe(0);
    expect((await inject("GET", `/api/centres/${other.id}/response-counts?year=2026`, "local")).statusCode).toBe(404);
  });

  it("sets a staff PIN that tablets receive only as a salted PBKDF2 hash", async () => {
    const bad = await t.app.inject({
      method: "PUT",
      url: `/api/centres/${own.id}/kiosk-pin`,
      headers: as.local,
      payload: { pin: "12a" },
    });
    expect(bad.statusCode).toBe(400);
    const short = await t.app.inject({
      method: "PUT",
      url: `/api/centres/${own.id}/kiosk-pin`,
      headers: as.local,
      payload: { pin: "4711" },
    });
    expect(short.statusCode).toBe(400);
    const set = await t.app.inject({
      method: "PUT",
      url: `/api/centres/${own.id}/kiosk-pin`,
      headers: as.local,
      payload: { pin: "471147" },
    });
    expect(set.statusCode).toBe(204);
    const { code } = (await newCode()).json();
    const tablet = (await enrol(code)).json();
    const status = (
      await t.app.inject({ method: "GET", url: "/api/kiosk/status", headers: { "x-collection-token": tablet.token } })
    ).json();
    expect(status.staffPin).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(status.staffPin).not.toContain("471147");
    // A link anyone may copy (a poster, a staff link) never gets the hash to guess at.
    const link = (await inject("POST", `/api/centres/${own.id}/links`, "local", { audience: "visitors" })).json();
    const linkStatus = (
      await t.app.inject({ method: "GET", url: "/api/kiosk/status", headers: { "x-collection-token": link.token } })
    ).json();
    expect(linkStatus.staffPin).toBeNull();
    const elsewhere = await t.app.inject({
      method: "PUT",
      url: `/api/centres/${other.id}/kiosk-pin`,
      headers: as.local,
      payload: { pin: "123456" },
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("rate-limits submissions per token, not per centre", async () => {
    const first = (await inject("POST", `/api/centres/${own.id}/links`, "local", { audience: "visitors" })).json();
    const second = (await inject("POST", `/api/centres/${own.id}/links`, "local", { audience: "visitors" })).json();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await submit(first.token)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await submit(second.token)).statusCode).toBe(201);
  });
});
