import type { ResultsComments, ResultsOverview, ResultsParts } from "@fcs/contracts";
import { selectRows, sql } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { testDatabaseKinds } from "@fcs/db/testing";
import { type AnonymousSurveyKind, type Answers, findInstrument } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeReleased, makeResponses, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/**
 * Nothing below the threshold leaves the server: each case is checked on the
 * JSON as a client receives it.
 */
type Json = unknown;

/** Every figure in a response that claims to be shown has at least `threshold` answers. */
function shownCounts(body: Json, found: number[] = []): number[] {
  if (Array.isArray(body)) for (const item of body) shownCounts(item, found);
  else if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    if (record.suppressed === false && typeof record.n === "number") found.push(record.n);
    for (const value of Object.values(record)) shownCounts(value, found);
  }
  // A place without a single answer is said as 0: no one to protect, nothing to subtract.
  return found.filter((n) => n > 0);
}

const random = seededRandom(11);
function answers(
  survey: AnonymousSurveyKind,
  n: number,
  change: (a: Answers, i: number) => void = () => {},
): Answers[] {
  const instrument = findInstrument(survey, 2026);
  if (!instrument) throw new Error(`no ${survey}`);
  return Array.from({ length: n }, (_, i) => {
    const a = demoAnswers(instrument, { level: 0, yearsIn: 0 }, random);
    delete a.bast;
    delete a.battre;
    delete a.kommentar;
    change(a, i);
    return a;
  });
}
/** Answers of a year's own instrument. */
function answers2027(survey: AnonymousSurveyKind, n: number, change: (a: Answers, i: number) => void) {
  const instrument = findInstrument(survey, 2027);
  if (!instrument) throw new Error(`no ${survey} 2027`);
  return Array.from({ length: n }, (_, i) => {
    const a = demoAnswers(instrument, { level: 0, yearsIn: 0 }, random);
    delete a.andra;
    change(a, i);
    return a;
  });
}
const staff = (profession: string, n: number) => answers("spindel", n, (a) => (a.profession = profession));

describe.each(testDatabaseKinds())("suppression of small groups on %s", (kind) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let admin: { authorization: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    const centres = { s4: "1280", m20: "1280", m30: "1280", l25: "1281", j40: "0680" } as const;
    for (const [name, municipalityCode] of Object.entries(centres))
      ids[name] = (await makeCentre(db, { municipalityCode })).id;
    const id = (name: string) => ids[name] as string;
    // In Skåne every adult says they are a parent, but two who are other adults.
    const parent = (a: Answers) => {
      a.besokare_roll = "foralder";
    };
    await makeResponses(db, id("s4"), "besok_vuxen", 2026, answers("besok_vuxen", 4, parent));
    const m20 = answers("besok_vuxen", 20, (a, i) => {
      parent(a);
      if (i < 4) a.bast = `Bra bemötande ${i}`;
    });
    await makeResponses(db, id("m20"), "besok_vuxen", 2026, m20);
    const m30 = answers("besok_vuxen", 30, (a, i) => {
      a.besokare_roll = i < 2 ? "annan_vuxen" : "foralder";
      if (i < 6) a.bast = `Trevlig personal ${i}`;
    });
    await makeResponses(db, id("m30"), "besok_vuxen", 2026, m30);
    await makeResponses(db, id("l25"), "besok_vuxen", 2026, answers("besok_vuxen", 25, parent));
    await makeResponses(db, id("j40"), "besok_vuxen", 2026, answers("besok_vuxen", 40));
    await makeResponses(db, id("m30"), "spindel", 2026, [...staff("forskollarare", 6), ...staff("barnmorska", 2)]);
    await makeResponses(db, id("l25"), "spindel", 2026, [
      ...staff("bhv_sjukskoterska", 7),
      ...staff("forskollarare", 6),
    ]);
    await makeResponses(db, id("j40"), "spindel", 2026, [
      ...staff("bhv_sjukskoterska", 9),
      ...staff("forskollarare", 8),
    ]);
    // Children: most on the tablet in Swedish, some on paper, two in Arabic; a year still collecting before.
    await makeResponses(db, id("m30"), "besok_barn", 2026, answers("besok_barn", 20), (i) => ({
      channel: i < 3 ? "paper" : "kiosk",
      locale: i >= 18 ? "ar" : "sv",
    }));
    await makeResponses(db, id("l25"), "besok_barn", 2026, answers("besok_barn", 12), (i) => ({
      channel: i < 6 ? "paper" : "kiosk",
    }));
    await makeResponses(db, id("l25"), "besok_barn", 2025, answers("besok_barn", 20), (i) => ({
      channel: i < 10 ? "paper" : "kiosk",
    }));
    // Children of 2027, asked whether they are a girl or a boy: two did not say.
    const gender = (values: (string | undefined)[]) =>
      answers2027("besok_barn", values.length, (a, i) => {
        const value = values[i];
        if (value) a.kon = value;
        else delete a.kon;
      });
    await makeResponses(
      db,
      id("m30"),
      "besok_barn",
      2027,
      gender([...Array(6).fill("flicka"), ...Array(4).fill("pojke"), undefined, undefined]),
    );
    await makeResponses(
      db,
      id("l25"),
      "besok_barn",
      2027,
      gender([...Array(5).fill("flicka"), ...Array(5).fill("pojke")]),
    );
    // The collection has closed: free text and splits are out.
    await makeReleased(db, ["12", "06"], ["besok_vuxen", "spindel", "besok_barn"], 2026);
    await makeReleased(db, ["12"], ["besok_barn"], 2027);
    // Staff of 2027 rate the spider's factors one statement at a time.
    await makeResponses(
      db,
      id("j40"),
      "spindel",
      2027,
      answers2027("spindel", 6, (a) => {
        a.profession = "forskollarare";
        delete a.kommentar;
      }),
    );
    const user = await makeUser(db, "admin");
    admin = await signIn(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const get = async <T = ResultsOverview>(url: string, headers = admin) => {
    const response = await t.app.inject({ method: "GET", url, headers });
    return { status: response.statusCode, body: response.json<T>() };
  };

  it("hides a centre of four answers entirely: no count, no figure", async () => {
    const { status, body } = await get(`/api/results/besok_vuxen/2026?scope=centre:${ids.s4}`);
    expect(status).toBe(200);
    expect(body.respondents[0]).toEqual({ suppressed: true, marker: "visas inte" });
    for (const question of body.questions) expect(question.figures[0]?.suppressed).toBe(true);
    expect(body.respondents[1]).toEqual({ suppressed: false, n: 54 });
    expect(Math.min(...shownCounts(body))).toBeGreaterThanOrEqual(5);
  });

  it("hides the smallest sibling too, so the municipality minus the shown centres cannot reveal the four", async () => {
    const { body } = await get<ResultsParts>(`/api/results/besok_vuxen/2026/parts?scope=municipality:1280`);
    const byId = Object.fromEntries(body.parts.map((p) => [p.id, p.respondents]));
    expect(byId[`centre:${ids.s4}`]?.suppressed).toBe(true);
    expect(byId[`centre:${ids.m20}`]?.suppressed).toBe(true);
    // The twenty hidden only to protect the four look exactly like the four: telling them apart
    // would say the twenty hold at least five, and with the municipality's total pin the four down.
    expect(byId[`centre:${ids.m20}`]).toEqual(byId[`centre:${ids.s4}`]);
    const m20 = body.parts.find((p) => p.id === `centre:${ids.m20}`);
    const s4 = body.parts.find((p) => p.id === `centre:${ids.s4}`);
    expect(m20?.figures).toEqual(s4?.figures);
    expect(byId[`centre:${ids.m30}`]).toEqual({ suppressed: false, n: 30 });
    expect(Math.min(...shownCounts(body))).toBeGreaterThanOrEqual(5);
  });

  it("hides a profession of two, and another one beside it, in the spider split", async () => {
    const { body } = await get(`/api/results/spindel/2026?scope=region:12`);
    const groups = body.split?.groups ?? [];
    expect(groups.find((g) => g.value === "barnmorska")?.respondents[0]?.suppressed).toBe(true);
    const shownProfessions = groups.filter((g) => g.respondents[0]?.suppressed === false);
    const hiddenProfessions = groups.filter((g) => g.respondents[0]?.suppressed === true);
    expect(hiddenProfessions.length).toBeGreaterThanOrEqual(2);
    expect(shownProfessions.length).toBeGreaterThan(0);
    expect(Math.min(...shownCounts(body))).toBeGreaterThanOrEqual(5);
  });

  it("hides two other adults among the visitors, and the parents too, since the total would give them away", async () => {
    const { body } = await get(`/api/results/besok_vuxen/2026?scope=region:12`);
    const groups = body.split?.groups ?? [];
    expect(groups.map((g) => g.value)).toEqual(["blivande_foralder", "foralder", "annan_vuxen"]);
    for (const group of groups)
      expect(group.respondents[0]?.suppressed, JSON.stringify(groups.map((g) => [g.value, g.respondents]))).toBe(true);
    expect(body.respondents[0]).toEqual({ suppressed: false, n: 79 });
    expect(Math.min(...shownCounts(body))).toBeGreaterThanOrEqual(5);
  });

  it("splits children by channel and by language as lines of their own, with the same suppression", async () => {
    const { body } = await get(`/api/results/besok_barn/2026?scope=region:12`);
    const respondents = (split: ResultsOverview["channels"], value: string, scope = 0) =>
      split?.groups.find((g) => g.value === value)?.respondents[scope];
    expect(body.respondents[0]).toEqual({ suppressed: false, n: 32 });
    expect(body.channels?.groups.map((g) => g.label)).toEqual(["Surfplatta", "Länk", "Papper", "Importerat"]);
    expect(respondents(body.channels, "kiosk")).toEqual({ suppressed: false, n: 23 });
    expect(respondents(body.channels, "paper")).toEqual({ suppressed: false, n: 9 });
    expect(respondents(body.channels, "link")?.suppressed).toBe(true);
    // Two in Arabic: hidden, and Swedish with them, or 32 − 30 would say it.
    expect(respondents(body.languages, "ar")?.suppressed).toBe(true);
    expect(respondents(body.languages, "sv")?.suppressed).toBe(true);
    expect(body.languages?.groups.find((g) => g.value === "ar")?.label).toBe("Arabiska");
    // The municipality: 17 on the tablet and 3 on paper, both hidden.
    const municipality = await get(`/api/results/besok_barn/2026?scope=municipality:1280`);
    expect(respondents(municipality.body.channels, "paper")?.suppressed).toBe(true);
    expect(respondents(municipality.body.channels, "kiosk")?.suppressed).toBe(true);
    expect(Math.min(...shownCounts(body), ...shownCounts(municipality.body))).toBeGreaterThanOrEqual(5);
    // Never at a centre; not before the collection has closed; not for staff by language.
    const centre = await get(`/api/results/besok_barn/2026?scope=centre:${ids.l25}`);
    for (const group of centre.body.channels?.groups ?? []) expect(group.respondents[0]).toBeNull();
    const collecting = await get(`/api/results/besok_barn/2025?scope=region:12`);
    expect(collecting.body.respondents[0]).toEqual({ suppressed: false, n: 20 });
    for (const group of collecting.body.channels?.groups ?? []) expect(group.respondents[0]?.suppressed).toBe(true);
    const spider = await get(`/api/results/spindel/2026?scope=region:12`);
    expect(spider.body.channels?.groups.map((g) => g.value)).toEqual(["link", "paper", "import"]);
    expect(spider.body.languages).toBeUndefined();
  });

  it("splits children by girl or boy in the years that ask it, and never lets the ones who did not say be worked out", async () => {
    const { body } = await get(`/api/results/besok_barn/2027?scope=region:12`);
    expect(body.respondents[0]).toEqual({ suppressed: false, n: 22 });
    const [gender] = body.answerSplits;
    expect(gender?.question).toBe("kon");
    expect(gender?.groups.map((g) => g.value)).toEqual(["flicka", "pojke", "vill_inte_saga"]);
    const shown = (gender?.groups ?? []).flatMap((g) =>
      g.respondents[0]?.suppressed === false ? [g.respondents[0].n] : [],
    );
    expect(shown).toContain(11);
    // What is not shown adds up to nothing or to at least five, never to the two who did not say.
    const rest = 22 - shown.reduce((s, n) => s + n, 0);
    expect(rest === 0 || rest >= 5, `hidden ${rest}`).toBe(true);
    expect(Math.min(...shownCounts(body))).toBeGreaterThanOrEqual(5);
    // 2026 did not ask it: no such split.
    expect((await get(`/api/results/besok_barn/2026?scope=region:12`)).body.answerSplits).toEqual([]);
  });

  it("gives the 2027 spider its eleven axes as the staff's means of each factor's statements", async () => {
    const { body } = await get(`/api/results/spindel/2027?scope=centre:${ids.j40}`);
    const axes = body.questions.filter((q) => q.axis);
    expect(axes).toHaveLength(11);
    const styrning = axes.find((q) => q.key === "styrning")?.figures[0];
    const people = await selectRows<{ answers: Record<string, number> }>(
      t.database.db,
      sql`select answers from responses where kind = 'spindel' and year = 2027`,
    );
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const perPerson = people.map(
      ({ answers: a }) =>
        Math.round(
          mean([a.styrning_styrgrupp, a.styrning_mal, a.styrning_avtal].filter((v) => v !== undefined) as number[]) *
            100,
        ) / 100,
    );
    expect(styrning).toMatchObject({ suppressed: false, n: 6 });
    expect(styrning && !styrning.suppressed && styrning.mean).toBeCloseTo(mean(perPerson), 9);
    // The statements are there too, as ratings of their own.
    expect(body.questions.find((q) => q.key === "styrning_mal")?.axis).toBeUndefined();
  });

  it("never splits a centre by profession", async () => {
    const { body } = await get(`/api/results/spindel/2026?scope=centre:${ids.l25}`);
    expect(body.split?.groups.length).toBeGreaterThan(0);
    for (const group of body.split?.groups ?? []) expect(group.respondents[0]).toBeNull();
  });

  it("withholds free text that fewer than five wrote, and shows it where enough did", async () => {
    const few = await get<ResultsComments>(`/api/results/besok_vuxen/2026/comments?centre=${ids.m20}`);
    expect(few.status, JSON.stringify(few.body)).toBe(200);
    const best = few.body.questions.find((q) => q.key === "bast");
    expect(best).toMatchObject({ suppressed: true, marker: "visas inte", texts: [] });
    const enough = await get<ResultsComments>(`/api/results/besok_vuxen/2026/comments?centre=${ids.m30}`);
    expect(enough.body.questions.find((q) => q.key === "bast")?.texts).toHaveLength(6);
  });

  it("gives free text to nobody without the right to it: readers are refused", async () => {
    const reader = await makeUser(t.database.db, "reader", [{ regionCode: "12" }]);
    const { status, body } = await get<{ error: string }>(
      `/api/results/besok_vuxen/2026/comments?centre=${ids.m30}`,
      await signIn(t.app, reader.email, reader.password),
    );
    expect(status).toBe(403);
    expect(body.error).toBe("forbidden");
  });

  it("follows the installation's threshold: with 25, a centre of 20 is hidden", async () => {
    const strict = await createTestApp(kind, { minimumGroupSize: 25 });
    try {
      const centre = await makeCentre(strict.database.db);
      await makeResponses(strict.database.db, centre.id, "besok_vuxen", 2026, answers("besok_vuxen", 20));
      const user = await makeUser(strict.database.db, "admin");
      const response = await strict.app.inject({
        method: "GET",
        url: `/api/results/besok_vuxen/2026?scope=centre:${centre.id}`,
        headers: await signIn(strict.app, user.email, user.password),
      });
      const body = response.json<ResultsOverview>();
      expect(body.threshold).toBe(25);
      expect(body.respondents[0]?.suppressed).toBe(true);
    } finally {
      await strict.close();
    }
  });
});
