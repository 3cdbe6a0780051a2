import { testDatabaseKinds } from "@fcs/db/testing";
import { exampleAnswers } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makePeriod, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";
import { linkIn, startMailServer, type TestMailServer } from "../../../../../test/support/smtp.ts";

const publicUrl = "https://familjecentraler.region.example";
const newPassword = "Hösten vid Vombsjön 2026";

/** Every mail of the platform, sent through a real SMTP server started here and read as it arrives. */
describe.each(testDatabaseKinds())("e-mail on %s", (kind) => {
  let t: TestApp;
  let smtp: TestMailServer;
  const as: Record<string, { authorization: string }> = {};
  const people: Record<string, { id: string; email: string; password: string }> = {};
  let centre: { id: string };

  beforeAll(async () => {
    smtp = await startMailServer();
    t = await createTestApp(kind, {
      mail: { smtpUrl: smtp.url, from: "Familjecentraler <noreply@region.example>", publicUrl },
    });
    const db = t.database.db;
    centre = await makeCentre(db, { municipalityCode: "1280", name: "Familjecentralen Posten" });
    people.admin = await makeUser(db, "admin");
    people.county = await makeUser(db, "county_coordinator", [{ regionCode: "12" }]);
    people.local = await makeUser(db, "local_coordinator", [{ centreId: centre.id }]);
    for (const [name, user] of Object.entries(people)) as[name] = await signIn(t.app, user.email, user.password);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const call = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as[who], ...(payload ? { payload } : {}) });
  const accept = (path: string, password = newPassword) =>
    t.app.inject({ method: "POST", url: "/api/invites/accept", payload: { token: path.split("#")[1], password } });

  it("mails a new county coordinator their invitation in Swedish, text and HTML, and shows no link on the page", async () => {
    const created = await call("admin", "POST", "/api/users", {
      email: "ny.samordnare@skane.example",
      displayName: "Stina Samordnare",
      role: "county_coordinator",
      regionCode: "12",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ mailed: true, link: null });
    const mail = await smtp.waitFor("ny.samordnare@skane.example");
    expect(mail.subject).toBe("Välkommen till Familjecentralsuppföljningen");
    expect(mail.from).toContain("noreply@region.example");
    expect(mail.language).toBe("sv");
    expect(mail.text).toContain("Hej Stina Samordnare!");
    expect(mail.html).toContain('<html lang="sv">');
    const path = linkIn(mail);
    expect(mail.text).toContain(`${publicUrl}/inbjudan#`);
    expect(mail.html).toContain(`href="${publicUrl}${path}"`);
    expect((await accept(path)).statusCode).toBe(200);
    await signIn(t.app, "ny.samordnare@skane.example", newPassword);
  });

  it("mails a local coordinator's invitation from the centre's page", async () => {
    const invited = await call("county", "POST", `/api/centres/${centre.id}/coordinators`, {
      email: "lokal@skane.example",
      displayName: "Lova Lokal",
    });
    expect(invited.json()).toMatchObject({ mailed: true, invite: null });
    expect(linkIn(await smtp.waitFor("lokal@skane.example"))).toMatch(/^\/inbjudan#/);
  });

  it("resets a forgotten password by a one-time link, ends the old sessions, and answers unknown addresses the same", async () => {
    const person = await makeUser(t.database.db, "reader", [{ regionCode: "12" }]);
    const old = await signIn(t.app, person.email, person.password);
    const ask = (email: string) =>
      t.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email } });

    const known = await ask(` ${person.email.toUpperCase()} `);
    const unknown = await ask("ingen@finns.example");
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(known.json()).toEqual({ mailConfigured: true });

    const mail = await smtp.waitFor(person.email, /Nytt lösenord/);
    const path = linkIn(mail);
    expect(path).toMatch(/^\/nytt-losenord#/);
    // Asking again at once sends no second mail.
    await ask(person.email);
    expect((await accept(path)).statusCode).toBe(200);
    expect((await accept(path)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/auth/me", headers: old })).statusCode).toBe(401);
    await signIn(t.app, person.email, newPassword);
    expect(smtp.received.filter((m) => m.to.includes(person.email))).toHaveLength(1);
    expect(smtp.received.some((m) => m.to.includes("ingen@finns.example"))).toBe(false);
  });

  it("tells the county coordinator of a submission, and the centre's coordinators of a return (with its comment) and an approval", async () => {
    const url = (step: string) => `/api/centres/${centre.id}/follow-ups/2026${step}`;
    await call("local", "PUT", url("/draft"), { version: 0, answers: exampleAnswers.kvalitetsuppfoljning });
    await call("local", "POST", url("/submit"), { version: 1 });
    const submitted = await smtp.waitFor(people.county?.email as string, /har lämnat in/);
    expect(submitted.subject).toBe("Familjecentralen Posten har lämnat in kvalitetsuppföljningen 2026");
    expect(submitted.text).toContain(`${publicUrl}/familjecentraler/${centre.id}/uppfoljning/2026`);

    await call("county", "POST", url("/return"), { version: 2, comment: "Fyll i styrgruppens möten." });
    const returned = await smtp.waitFor(people.local?.email as string, /skickats tillbaka/);
    expect(returned.text).toContain("Kommentar: Fyll i styrgruppens möten.");

    await call("local", "PUT", url("/draft"), { version: 3, answers: exampleAnswers.kvalitetsuppfoljning });
    await call("local", "POST", url("/submit"), { version: 4 });
    await call("county", "POST", url("/approve"), { version: 5 });
    expect((await smtp.waitFor(people.local?.email as string, /är godkänd/)).subject).toBe(
      "Kvalitetsuppföljningen 2026 för Familjecentralen Posten är godkänd",
    );
  });

  it("reminds the coordinators of centres lacking answers a week before a period closes, once however often the job runs", async () => {
    const db = t.database.db;
    const quiet = await makeCentre(db, { municipalityCode: "1281", name: "Familjecentralen Tystnaden" });
    const coordinator = await makeUser(db, "local_coordinator", [{ centreId: quiet.id }]);
    await makePeriod(db, {
      regionCode: "12",
      kind: "besok_vuxen",
      year: 2027,
      opens: "2027-09-01",
      closes: "2027-10-15",
    });
    await makePeriod(db, {
      regionCode: "12",
      kind: "besok_barn",
      year: 2027,
      opens: "2027-09-01",
      closes: "2027-10-20",
    });
    const reminders = t.app.jobs.reminders;
    if (!reminders) throw new Error("the reminder job exists where mail is configured");

    expect(await reminders.run("2027-10-08")).toMatchObject({ closesOn: "2027-10-15" });
    const mail = await smtp.waitFor(coordinator.email, /Påminnelse/);
    expect(mail.subject).toBe("Påminnelse: insamlingen stänger 15 oktober 2027");
    expect(mail.text).toContain("Familjecentralen Tystnaden: inga svar på besöksenkäten för vuxna ännu.");
    expect(mail.text).not.toContain("barn");
    expect(await reminders.run("2027-10-08")).toBeUndefined();
    expect(smtp.received.filter((m) => m.to.includes(coordinator.email))).toHaveLength(1);
  });
});

describe("e-mail when the mail server is down or absent", () => {
  it("shows the link to whoever invited when sending fails, and says so when no server is configured", async () => {
    const down = await createTestApp("pglite", {
      mail: { smtpUrl: "smtp://127.0.0.1:1", from: "x <noreply@region.example>", publicUrl },
    });
    try {
      const admin = await makeUser(down.database.db, "admin");
      const created = await down.app.inject({
        method: "POST",
        url: "/api/users",
        headers: await signIn(down.app, admin.email, admin.password),
        payload: { email: "nagon@region.example", displayName: "Någon", role: "reader", regionCode: "12" },
      });
      expect(created.json()).toMatchObject({ mailed: false, link: { path: expect.stringMatching(/^\/inbjudan#/) } });
    } finally {
      await down.close();
    }
    const none = await createTestApp("pglite");
    try {
      const reset = await none.app.inject({
        method: "POST",
        url: "/api/auth/password-reset",
        payload: { email: "vem@som.helst" },
      });
      expect(reset.json()).toEqual({ mailConfigured: false });
    } finally {
      await none.close();
    }
  });
});
