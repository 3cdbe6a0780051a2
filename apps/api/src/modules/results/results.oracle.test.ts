import { randomUUID } from "node:crypto";
import { eq, responses } from "@fcs/db";
import { demoAnswers, seededRandom } from "@fcs/db/seed";
import { testDatabaseKinds } from "@fcs/db/testing";
import { type AnonymousSurveyKind, type Answers, findInstrument, type QuestionMeta } from "@fcs/surveys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCentre, makeCollectionToken, makePeriod, makeUser } from "../../../../../test/fixtures/index.ts";
import { createTestApp, signIn, type TestApp } from "../../../../../test/support/app.ts";

/**
 * The oracle: random responses go in through the submission API; the expected
 * figures are computed here, independently, from the raw stored rows; the
 * results API must agree for every scope level — counts exactly, means and
 * standard deviations to 1e-9.
 */
interface Shown {
  suppressed: false;
  n: number;
  distribution: { value: string; n: number; share: number }[];
  mean?: number;
  sd?: number;
  median?: number;
  positiveShare?: number;
}
type Figure = Shown | { suppressed: true };
interface Overview {
  scopes: { id: string }[];
  respondents: Figure[];
  questions: { key: string; kind: string; figures: Figure[] }[];
  split?: { groups: { value: string; respondents: (Figure | null)[]; figures: Record<string, (Figure | null)[]> }[] };
}
interface Trend {
  years: number[];
  questions: { key: string; figures: (Figure[] | null)[] }[];
}
interface Row {
  centreId: string;
  kind: string;
  year: number;
  answers: Answers;
}

let now = new Date("2026-11-02T10:00:00+01:00");

/** What the figures of one question should be, from raw answers, computed the plain way. */
function oracle(meta: QuestionMeta, rows: Row[]) {
  const values = rows.map((r) => r.answers[meta.key]).filter((v) => v !== undefined);
  const n = values.length;
  const counts = new Map<string, number>();
  for (const v of values)
    for (const item of Array.isArray(v) ? v : [v]) counts.set(String(item), (counts.get(String(item)) ?? 0) + 1);
  if (meta.kind !== "scale") return { n, counts };
  const numbers = (values as number[]).slice().sort((a, b) => a - b);
  const mean = numbers.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const median =
    n % 2 ? (numbers[(n - 1) / 2] as number) : ((numbers[n / 2 - 1] as number) + (numbers[n / 2] as number)) / 2;
  // The documented positive end: the top quarter of the scale, in whole steps.
  const positiveFrom = meta.max - Math.floor((meta.max - meta.min) / 4);
  const positiveShare = numbers.filter((v) => v >= positiveFrom).length / n;
  return { n, counts, mean, sd, median, positiveShare };
}

function expectFigure(actual: Figure, meta: QuestionMeta, rows: Row[]) {
  const expected = oracle(meta, rows);
  expect(actual.suppressed).toBe(false);
  if (actual.suppressed) return;
  expect(actual.n).toBe(expected.n);
  for (const option of actual.distribution)
    expect(option.n, `${meta.key}=${option.value}`).toBe(expected.counts.get(option.value) ?? 0);
  if (meta.kind === "scale") {
    expect(actual.mean).toBeCloseTo(expected.mean as number, 9);
    expect(actual.sd).toBeCloseTo(expected.sd as number, 9);
    expect(actual.median).toBe(expected.median);
    expect(actual.positiveShare).toBeCloseTo(expected.positiveShare as number, 9);
  }
}

describe.each(testDatabaseKinds())("results agree with an independent computation on %s", (kind) => {
  let t: TestApp;
  let admin: { authorization: string };
  const centres: Record<string, { id: string; municipality: string; region: string }> = {};
  let rows: Row[] = [];

  // Two centres in Malmö, one in Lund (Skåne), one in Jönköping: every scope level has more than one part.
  const plan = [
    { name: "a1", municipality: "1280", region: "12", adults: 23, staff: 11, level: 0.6 },
    { name: "a2", municipality: "1280", region: "12", adults: 17, staff: 9, level: -0.4 },
    { name: "b1", municipality: "1281", region: "12", adults: 31, staff: 14, level: 0.1 },
    { name: "c1", municipality: "0680", region: "06", adults: 12, staff: 8, level: -0.8 },
  ];

  beforeAll(async () => {
    t = await createTestApp(kind, {}, { clock: () => now });
    const db = t.database.db;
    admin = await signIn(t.app, ...(Object.values(await makeUser(db, "admin")).slice(1) as [string, string]));
    for (const region of ["12", "06"])
      for (const survey of ["besok_vuxen", "spindel"] as const)
        for (const year of [2025, 2026])
          await makePeriod(db, {
            regionCode: region,
            kind: survey,
            year,
            opens: `${year}-09-01`,
            closes: `${year}-12-15`,
          });

    const random = seededRandom(7);
    const submit = async (token: string, survey: AnonymousSurveyKind, year: number, level: number) => {
      const instrument = findInstrument(survey, year);
      if (!instrument) throw new Error(`no ${survey} ${year}`);
      const response = await t.app.inject({
        method: "POST",
        url: "/api/responses",
        headers: { "x-collection-token": token },
        payload: {
          id: randomUUID(),
          survey,
          year,
          locale: "sv",
          answers: demoAnswers(instrument, { level, yearsIn: 0 }, random),
        },
      });
      expect(response.statusCode).toBe(201);
    };
    for (const p of plan) {
      const centre = await makeCentre(db, { municipalityCode: p.municipality });
      centres[p.name] = { id: centre.id, municipality: p.municipality, region: p.region };
      const visitors = (await makeCollectionToken(db, centre.id)).token;
      const staff = (await makeCollectionToken(db, centre.id, ["spindel"], "link")).token;
      for (const year of [2025, 2026]) {
        now = new Date(`${year}-11-02T10:00:00+01:00`);
        const share = year === 2025 ? 0.5 : 1;
        for (let i = 0; i < Math.round(p.adults * share); i++) await submit(visitors, "besok_vuxen", year, p.level);
        for (let i = 0; i < Math.round(p.staff * share); i++) await submit(staff, "spindel", year, p.level);
      }
    }
    // Publish what came in, then, after the collection closed, once more: free text and splits are out.
    await t.app.jobs.publication.publishNow();
    now = new Date("2026-12-16T10:00:00+01:00");
    await t.app.jobs.publication.publishNow();
    now = new Date("2026-11-02T10:00:00+01:00");
    rows = (await db.select().from(responses).where(eq(responses.published, true))).map((r) => ({
      centreId: r.centreId,
      kind: r.kind,
      year: r.year,
      answers: r.answers,
    }));
  }, 120_000);
  afterAll(() => t.close());

  const a1 = () => centres.a1 as { id: string };
  const rowsIn = (scope: string, survey: string, year: number) =>
    rows.filter((r) => {
      if (r.kind !== survey || r.year !== year) return false;
      const centre = Object.values(centres).find((c) => c.id === r.centreId);
      if (!centre) return false;
      if (scope === "all") return true;
      const [level, code] = scope.split(":");
      return level === "centre"
        ? centre.id === code
        : level === "municipality"
          ? centre.municipality === code
          : centre.region === code;
    });
  const get = async <T>(url: string) => {
    const response = await t.app.inject({ method: "GET", url, headers: admin });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };

  /** The places in the same line of the tree as a scope, and the lines above it. */
  const linesAbove = (scope: string): string[][] => {
    const all = Object.values(centres);
    const unique = (xs: string[]) => [...new Set(xs)];
    const [level, code] = scope.split(":");
    if (level === "centre") {
      const c = all.find((x) => x.id === code);
      return [
        all.filter((x) => x.municipality === c?.municipality).map((x) => `centre:${x.id}`),
        ...linesAbove(`municipality:${c?.municipality}`),
      ];
    }
    if (level === "municipality") {
      const region = all.find((x) => x.municipality === code)?.region;
      return [
        unique(all.filter((x) => x.region === region).map((x) => `municipality:${x.municipality}`)),
        ...linesAbove(`region:${region}`),
      ];
    }
    if (level === "region") return [unique(all.map((x) => `region:${x.region}`))];
    return [];
  };
  const smallNearby = (scope: string, meta: QuestionMeta, survey: string) =>
    linesAbove(scope).some((line) => line.some((place) => oracle(meta, rowsIn(place, survey, 2026)).n < 5));

  it.each(["besok_vuxen", "spindel"] as const)(
    "gives the same %s figures for a centre, its municipality, its region and all regions",
    async (survey) => {
      let shown = 0;
      let hidden = 0;
      const instrument = findInstrument(survey, 2026);
      if (!instrument) throw new Error("no instrument");
      const body = await get<Overview>(`/api/results/${survey}/2026?scope=centre:${a1().id}`);
      expect(body.scopes.map((s) => s.id)).toEqual([`centre:${a1().id}`, "municipality:1280", "region:12", "all"]);
      body.scopes.forEach((scope, i) => {
        const expectedRows = rowsIn(scope.id, survey, 2026);
        expect(body.respondents[i]).toEqual({ suppressed: false, n: expectedRows.length });
        for (const question of body.questions) {
          const meta = instrument.questions[question.key] as QuestionMeta;
          const figure = question.figures[i] as Figure;
          // A hidden figure must have a reason the oracle sees: a small group beside it or above it.
          if (figure.suppressed) {
            expect(smallNearby(scope.id, meta, survey), `${scope.id} ${question.key}`).toBe(true);
            hidden++;
          } else shown++;
          if (!figure.suppressed) expectFigure(figure, meta, expectedRows);
        }
      });
      expect(shown).toBeGreaterThan(hidden * 4);
    },
  );

  it("splits the spider by profession at region and all-regions level, never at a centre", async () => {
    const instrument = findInstrument("spindel", 2026);
    if (!instrument) throw new Error("no instrument");
    const body = await get<Overview>(`/api/results/spindel/2026?scope=centre:${a1().id}`);
    let compared = 0;
    for (const group of body.split?.groups ?? []) {
      expect(group.respondents[0]).toBeNull();
      body.scopes.forEach((scope, i) => {
        if (i === 0) return;
        const expectedRows = rowsIn(scope.id, "spindel", 2026).filter((r) => r.answers.profession === group.value);
        const shown = group.respondents[i] as Figure;
        if (shown.suppressed) return;
        compared++;
        expect(shown.n).toBe(expectedRows.length);
        const figure = group.figures.styrning?.[i] as Figure;
        if (!figure.suppressed)
          expect(figure.mean).toBeCloseTo(
            oracle(instrument.questions.styrning as QuestionMeta, expectedRows).mean as number,
            9,
          );
      });
    }
    expect(compared).toBeGreaterThan(3);
  });

  it("counts answers that arrive after a view was read once five are published, at every level", async () => {
    const url = `/api/results/besok_vuxen/2026?scope=centre:${a1().id}`;
    const before = await get<Overview>(url);
    now = new Date("2026-11-02T10:00:00+01:00");
    const token = (await makeCollectionToken(t.database.db, a1().id)).token;
    const instrument = findInstrument("besok_vuxen", 2026);
    if (!instrument) throw new Error("no instrument");
    const random = seededRandom(3);
    for (let i = 0; i < 5; i++) {
      const answers = demoAnswers(instrument, { level: 0, yearsIn: 0 }, random);
      const response = await t.app.inject({
        method: "POST",
        url: "/api/responses",
        headers: { "x-collection-token": token },
        payload: { id: randomUUID(), survey: "besok_vuxen", year: 2026, locale: "sv", answers },
      });
      expect(response.statusCode).toBe(201);
      rows.push({ centreId: a1().id, kind: "besok_vuxen", year: 2026, answers });
    }
    expect(await get<Overview>(url)).toEqual(before);
    await t.app.jobs.publication.publishNow();
    const after = await get<Overview>(url);
    after.respondents.forEach((figure, i) => {
      const earlier = before.respondents[i] as Shown;
      expect(figure).toEqual({ suppressed: false, n: earlier.n + 5 });
    });
  });

  it("gives each year's figures in the trend, for every scope level", async () => {
    const body = await get<Trend>(`/api/results/besok_vuxen/trend?scope=centre:${a1().id}`);
    expect(body.years).toEqual([2025, 2026]);
    const scopes = [`centre:${a1().id}`, "municipality:1280", "region:12", "all"];
    for (const [y, year] of body.years.entries()) {
      const instrument = findInstrument("besok_vuxen", year);
      if (!instrument) throw new Error("no instrument");
      const question = body.questions.find((q) => q.key === "valkommen");
      scopes.forEach((scope, i) => {
        const figure = question?.figures[y]?.[i] as Figure;
        const expected = oracle(instrument.questions.valkommen as QuestionMeta, rowsIn(scope, "besok_vuxen", year));
        expect(figure.suppressed).toBe(false);
        if (figure.suppressed) return;
        expect(figure.n).toBe(expected.n);
        expect(figure.mean).toBeCloseTo(expected.mean as number, 9);
      });
    }
  });
});
