import { may } from "@fcs/contracts";
import {
  type AnonymousSurveyKind,
  answerSplitsOf,
  describeQuestions,
  instrumentUsedIn,
  type ResponseSplit,
  responseBreakdown,
  responseSplitGroups,
  responseSplits,
  rewordedYears,
  splitQuestionOf,
} from "@fcs/surveys";
import { forbidden } from "../../errors.ts";
import type { Actor } from "../followups/service.ts";
import { createPlaceAccess, summaryOf } from "./access.ts";
import { createCountsCache } from "./counts-cache.ts";
import { allCountedQuestions, countedQuestions, keyFigure, kindOfQuestion, presenter } from "./present.ts";
import type { Place, ResultsRepository, Years } from "./repository.ts";
import { suppressedMarker } from "./suppression.ts";
import { buildResultTree, placeId } from "./tree.ts";
import { createTreeCache } from "./tree-cache.ts";

export function createResultsService(repository: ResultsRepository, threshold: number) {
  const { visiblePlace, chainOf } = createPlaceAccess(repository);
  const cache = createCountsCache(repository);
  const trees = createTreeCache();
  /** What of a region a view needs below the regions: its municipalities, and the centres of it or of one municipality. */
  interface Detail {
    regionCode: string;
    centresOf?: { regionCode: string } | { municipalityCode: string };
  }

  async function treeFor(kind: AnonymousSurveyKind, years: Years, detail: Detail | undefined) {
    const centresOf = detail?.centresOf;
    const [totals, places] = await Promise.all([
      repository.respondentTotals(kind, years),
      detail ? repository.regionPlaces(detail.regionCode) : Promise.resolve([]),
    ]);
    const key = JSON.stringify([kind, years, detail ?? null]);
    const signature = JSON.stringify([totals, places.map((p) => [p.code, p.municipalityCode ?? p.regionCode])]);
    const tree = await trees.get(key, signature, async () => {
      // Published counts change only with a publication, which moves the year's version.
      const stamps = () => new Map(totals.map((t) => [t.year, t.version]));
      const [regionRows, municipalityRows, centreRows] = await Promise.all([
        cache.rows(kind, { level: "region" }, stamps()),
        detail ? cache.rows(kind, { level: "municipality", regionCode: detail.regionCode }, stamps()) : [],
        centresOf ? cache.rows(kind, { level: "centre", within: centresOf }, stamps()) : [],
      ]);
      const municipalityOfCentre = new Map<string, string>();
      const regionOfMunicipality = new Map<string, string>();
      for (const p of places) {
        if (p.level === "centre" && p.municipalityCode) municipalityOfCentre.set(p.code, p.municipalityCode);
        if (p.level === "municipality") regionOfMunicipality.set(p.code, p.regionCode);
      }
      return buildResultTree({
        regionRows,
        municipalityRows,
        centreRows,
        municipalityOfCentre,
        regionOfMunicipality,
        kindOf: kindOfQuestion(kind),
        threshold,
      });
    });
    return { tree, places, years: totals.map((t) => t.year) };
  }

  /** How current a scope's published figures are (the views say so beside them). */
  async function publicationFor(kind: AnonymousSurveyKind, year: number, place: Place | "all") {
    const area = place === "all" ? ({ level: "all" } as const) : { level: place.level, code: place.code };
    return { ...(await repository.publicationOf(kind, year, area)), newAnswersNeeded: threshold };
  }

  /** The lines a scope's own figures are decided in. */
  const detailFor = (place: Place | "all"): Detail | undefined =>
    place === "all" || place.level === "region"
      ? undefined
      : {
          regionCode: place.regionCode,
          centresOf: place.level === "centre" ? { municipalityCode: place.municipalityCode ?? "" } : undefined,
        };
  /** The lines the parts of a scope are decided in. */
  const partsDetailFor = (place: Place | "all"): Detail | undefined =>
    place === "all"
      ? undefined
      : {
          regionCode: place.regionCode,
          centresOf:
            place.level === "region"
              ? { regionCode: place.code }
              : { municipalityCode: place.municipalityCode ?? place.code },
        };

  return {
    /** Every counted question of a survey and year, for the scope beside each larger area above it. */
    async overview(actor: Actor, kind: AnonymousSurveyKind, year: number, scope: string) {
      const { place, access } = await visiblePlace(actor, scope, "compare");
      const chain = await chainOf(place, access);
      const [{ tree }, publication] = await Promise.all([
        treeFor(kind, { from: year, to: year }, detailFor(place)),
        publicationFor(kind, year, place),
      ]);
      const present = presenter(tree, threshold);
      const scopes = chain.map(summaryOf);
      const questions = countedQuestions(instrumentUsedIn(kind, year));
      const splitKey = splitQuestionOf(kind);
      const split = splitKey ? questions.find((q) => q.key === splitKey) : undefined;
      // The spider splits its factors; visitors split every statement.
      const splitFigures = questions.filter((q) => (kind === "spindel" ? q.axis : q.kind === "scale"));
      // docs/domain.md: a centre often has a single midwife, so splits start at municipality level.
      const splitBy = (
        question: string,
        groups: { value: string; label: string }[],
        breakdownOf = (v: string) => v,
      ) => ({
        question,
        groups: groups.map(({ value, label }) => ({
          value,
          label,
          respondents: scopes.map((s) =>
            s.level === "centre" ? null : present.respondents(s.id, year, breakdownOf(value)),
          ),
          figures: Object.fromEntries(
            splitFigures.map((q) => [
              q.key,
              scopes.map((s) =>
                s.level === "centre" ? null : keyFigure(present.figure(s.id, year, q, breakdownOf(value))),
              ),
            ]),
          ),
        })),
      });
      const byOrigin = (origin: ResponseSplit) =>
        (responseSplits[origin] as readonly string[]).includes(kind)
          ? splitBy(origin, responseSplitGroups(origin, kind), (v) => responseBreakdown(origin, v))
          : undefined;
      return {
        survey: kind,
        year,
        threshold,
        publication,
        scopes,
        respondents: scopes.map((s) => present.respondents(s.id, year)),
        questions: questions.map((q) => ({ ...q, figures: scopes.map((s) => present.figure(s.id, year, q)) })),
        split: split && splitBy(split.key, split.options),
        channels: byOrigin("kanal"),
        languages: byOrigin("sprak"),
        // Equality splits by an answer, in the years that ask it.
        answerSplits: answerSplitsOf(kind).flatMap((key) => {
          const question = questions.find((q) => q.key === key);
          return question ? [{ ...splitBy(key, question.options, (v) => `${key}:${v}`), title: question.title }] : [];
        }),
      };
    },

    /** The parts of a scope in the caller's own area — regions, municipalities, centres — with their key figures. */
    async parts(actor: Actor, kind: AnonymousSurveyKind, year: number, scope: string) {
      const { place } = await visiblePlace(actor, scope, "own");
      const publication = await publicationFor(kind, year, place);
      if (place !== "all" && place.level === "centre") return { survey: kind, year, threshold, publication, parts: [] };
      const { tree, places } = await treeFor(kind, { from: year, to: year }, partsDetailFor(place));
      const present = presenter(tree, threshold);
      const candidates =
        place === "all"
          ? await repository.allRegions()
          : place.level === "region"
            ? places.filter((p) => p.level === "centre" || places.some((c) => c.municipalityCode === p.code))
            : places.filter((p) => p.level === "centre" && p.municipalityCode === place.code);
      // An ended centre stays in the list for the years it had answers.
      const listed = candidates.filter(
        (p) =>
          p.level !== "centre" ||
          !p.activeTo ||
          p.activeTo >= `${year}-01-01` ||
          tree.children(placeId("municipality", p.municipalityCode ?? ""), year).includes(placeId("centre", p.code)),
      );
      const questions = countedQuestions(instrumentUsedIn(kind, year)).filter((q) => q.kind === "scale");
      return {
        survey: kind,
        year,
        threshold,
        publication,
        questions: questions.map(({ key, title, min, max, axis }) => ({ key, title, min, max, axis })),
        parts: listed.map((p) => {
          const id = placeId(p.level, p.code);
          return {
            ...summaryOf(p),
            municipalityCode: p.municipalityCode ?? null,
            respondents: present.respondents(id, year),
            figures: questions.map((q) => keyFigure(present.figure(id, year, q))),
          };
        }),
      };
    },

    /** Every year the survey has answers, for the scope and the areas above it. */
    async trend(actor: Actor, kind: AnonymousSurveyKind, scope: string, years: Years) {
      const { place, access } = await visiblePlace(actor, scope, "compare");
      const chain = await chainOf(place, access);
      // A year is marked imported where an import brought it into the region of the widest area compared.
      const widest = chain[chain.length - 1] ?? place;
      const [{ tree, years: withAnswers }, imported] = await Promise.all([
        treeFor(kind, years, detailFor(place)),
        repository.importedYears(kind, widest === "all" ? "all" : widest.regionCode),
      ]);
      const present = presenter(tree, threshold);
      const scopes = chain.map(summaryOf);
      const yearsWithAnswers = withAnswers;
      const questions = allCountedQuestions(kind);
      const asked = new Map(
        yearsWithAnswers.map((y) => [y, new Set(countedQuestions(instrumentUsedIn(kind, y)).map((q) => q.key))]),
      );
      return {
        survey: kind,
        threshold,
        scopes,
        years: yearsWithAnswers,
        imported: imported.filter((y) => yearsWithAnswers.includes(y)),
        respondents: yearsWithAnswers.map((y) => scopes.map((s) => present.respondents(s.id, y))),
        questions: questions.map((q) => ({
          ...q,
          reworded: rewordedYears(kind, q.key).filter((y) => yearsWithAnswers.includes(y)),
          figures: yearsWithAnswers.map((y) =>
            asked.get(y)?.has(q.key) ? scopes.map((s) => keyFigure(present.figure(s.id, y, q))) : null,
          ),
        })),
      };
    },

    /**
     * Free-text answers of one centre: only for its own local coordinator and the
     * county coordinator (docs/domain.md), only where at least the threshold wrote
     * something, and only once the collection has closed: all of it at once, so
     * no text can be told as the newest.
     */
    async comments(actor: Actor, kind: AnonymousSurveyKind, year: number, centreId: string) {
      if (!may(actor.role, "results.freeText"))
        throw forbidden("Fritextsvar visas bara för samordnare och länssamordnare.");
      const { place } = await visiblePlace(actor, placeId("centre", centreId), "own");
      const questions = describeQuestions(instrumentUsedIn(kind, year)).filter((q) => q.kind === "free_text");
      const publication = await publicationFor(kind, year, place);
      const { released } = publication;
      return {
        survey: kind,
        year,
        threshold,
        publication,
        centre: summaryOf(place),
        questions: await Promise.all(
          questions.map(async ({ key, title }) => {
            if (!released) return { key, title, suppressed: true as const, texts: [] };
            const texts = await repository.freeTexts(centreId, kind, year, key);
            return texts.length < threshold
              ? { key, title, suppressed: true as const, marker: suppressedMarker, texts: [] }
              : { key, title, suppressed: false as const, texts };
          }),
        ),
      };
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
