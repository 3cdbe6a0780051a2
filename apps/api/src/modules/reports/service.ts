import { may } from "@fcs/contracts";
import { yearsOf } from "@fcs/surveys";
import { AppError, forbidden } from "../../errors.ts";
import type { Actor } from "../followups/service.ts";
import { createPlaceAccess } from "../results/access.ts";
import type { createFollowUpFiguresService } from "../results/followup-figures.ts";
import type { ResultsRepository } from "../results/repository.ts";
import type { ResultsService } from "../results/service.ts";
import { buildChapters, type ReportInputs } from "./chapters/index.ts";
import type { ReportModel } from "./model.ts";
import type { ReportRepository, ReportTarget } from "./repository.ts";

/** The years the quality follow-up was asked, up to this one: the guideline's compliance over every year. */
const followUpYears = (year: number) =>
  yearsOf("kvalitetsuppfoljning")
    .filter((y) => y <= year)
    .sort((a, b) => a - b);

/** The surveys still collecting today and the follow-ups not yet approved: warned of before finalising. */
function readinessOf(
  periods: { kind: string; opens: string; closes: string }[],
  scope: { approved: number; centres: number } | undefined,
) {
  const today = new Date().toISOString().slice(0, 10);
  return {
    openSurveys: periods.filter((p) => p.opens <= today && today <= p.closes).map((p) => p.kind),
    unapproved: (scope?.centres ?? 0) - (scope?.approved ?? 0),
    centres: scope?.centres ?? 0,
  };
}

type FollowUpFiguresService = ReturnType<typeof createFollowUpFiguresService>;
export type ReportRef =
  | { kind: "region"; code: string }
  | { kind: "municipality"; code: string }
  | { kind: "centre"; id: string };

const scopeOf = (ref: ReportRef) => (ref.kind === "centre" ? `centre:${ref.id}` : `${ref.kind}:${ref.code}`);

/** The report's title: a region's and a municipality's are annual reports, a centre's its activity year. */
const titleOf = (ref: ReportRef, name: string, year: number) =>
  ref.kind === "centre" ? `${name} – verksamhetsår ${year}` : `Familjecentraler i ${name} – årsrapport ${year}`;

const conflict = () =>
  new AppError(409, "version_conflict", "Någon annan har ändrat rapporten sedan du öppnade den. Ladda om sidan.");
const finalReport = () =>
  new AppError(409, "report_final", "Rapporten är markerad som slutlig. Öppna den igen för att ändra.");

/**
 * Annual reports, built from the results with the reader's own scope, so what a
 * report shows is what its reader may see. County coordinators (and for a
 * centre's report its local coordinators) write and finish them; readers read.
 */
export function createReportService(deps: {
  repository: ReportRepository;
  places: ResultsRepository;
  results: ResultsService;
  followUps: FollowUpFiguresService;
}) {
  const { repository, results } = deps;
  const access = createPlaceAccess(deps.places);

  async function resolve(actor: Actor, ref: ReportRef): Promise<{ target: ReportTarget; scope: string; name: string }> {
    const scope = scopeOf(ref);
    const { place } = await access.visiblePlace(actor, scope, "own");
    if (place === "all") throw forbidden();
    const target: ReportTarget =
      place.level === "region"
        ? { kind: "region", regionCode: place.code }
        : place.level === "municipality"
          ? { kind: "municipality", municipalityCode: place.code, regionCode: place.regionCode }
          : { kind: "centre", centreId: place.code, regionCode: place.regionCode };
    return { target, scope, name: place.name };
  }

  const mayEdit = (actor: Actor, ref: ReportRef) =>
    may(actor.role, ref.kind === "centre" ? "reports.editCentre" : "reports.editRegion");

  async function build(actor: Actor, ref: ReportRef, year: number): Promise<ReportModel> {
    const { target, scope, name } = await resolve(actor, ref);
    const row = await repository.find(target, year);
    const narratives = row?.narratives ?? {};
    if (row?.status === "final" && row.snapshot) {
      const frozen = row.snapshot as unknown as ReportModel;
      return {
        ...frozen,
        status: "final",
        version: row.version,
        addressee: row.addressee,
        // Frozen before the report said what was not yet in: nothing to warn of once it is final.
        readiness: frozen.readiness ?? { openSurveys: [], unapproved: 0, centres: 0 },
        exampleCandidates: mayEdit(actor, ref) ? frozen.exampleCandidates : [],
      };
    }
    const [
      adultsNow,
      adultsBefore,
      childrenNow,
      childrenBefore,
      staffNow,
      staffBefore,
      adultTrend,
      staffTrend,
      adultParts,
      childParts,
      staffParts,
    ] = await Promise.all([
      results.overview(actor, "besok_vuxen", year, scope),
      results.overview(actor, "besok_vuxen", year - 1, scope),
      results.overview(actor, "besok_barn", year, scope),
      results.overview(actor, "besok_barn", year - 1, scope),
      results.overview(actor, "spindel", year, scope),
      results.overview(actor, "spindel", year - 1, scope),
      results.trend(actor, "besok_vuxen", scope, { from: 2000, to: year }),
      results.trend(actor, "spindel", scope, { from: 2000, to: year }),
      ref.kind !== "centre" ? results.parts(actor, "besok_vuxen", year, scope) : undefined,
      ref.kind !== "centre" ? results.parts(actor, "besok_barn", year, scope) : undefined,
      ref.kind !== "centre" ? results.parts(actor, "spindel", year, scope) : undefined,
    ]);
    const [followUpHistory, candidates, periods] = await Promise.all([
      Promise.all(followUpYears(year).map((y) => deps.followUps.figures(actor, y, scope))),
      ref.kind === "region" ? repository.goodExamples(target.regionCode, year) : [],
      repository.periods(target.regionCode, year),
    ]);
    const followUpsNow = followUpHistory.at(-1) ?? (await deps.followUps.figures(actor, year, scope));
    const followUpsBefore = followUpHistory.find((f) => f.year === year - 1);
    const chosen = new Set(row?.examples ?? []);
    const inputs: ReportInputs = {
      kind: ref.kind,
      year,
      adults: adultsNow,
      adultsBefore,
      children: childrenNow,
      childrenBefore,
      staff: staffNow,
      staffBefore,
      adultTrend,
      staffTrend,
      adultParts,
      childParts,
      staffParts,
      followUps: followUpsNow,
      followUpsBefore,
      followUpHistory,
      periods,
      examples: candidates.filter((c) => chosen.has(c.centreId)).map((c) => ({ centre: c.centre, text: c.text })),
    };
    const chapters = buildChapters(inputs, narratives);
    return {
      kind: ref.kind,
      scope: { id: scope, name },
      year,
      title: titleOf(ref, name, year),
      addressee: row?.addressee ?? "",
      status: "draft",
      version: row?.version ?? 1,
      threshold: adultsNow.threshold,
      readiness: readinessOf(periods, followUpsNow.scopes[0]),
      generatedAt: new Date().toISOString(),
      chapters,
      exampleCandidates: mayEdit(actor, ref) ? candidates.map((c) => ({ ...c, chosen: chosen.has(c.centreId) })) : [],
    };
  }

  async function change(
    actor: Actor,
    ref: ReportRef,
    year: number,
    version: number,
    edit: (row: Awaited<ReturnType<ReportRepository["find"]>>) => Promise<Parameters<ReportRepository["update"]>[3]>,
    audit?: { action: string; details: Record<string, unknown> },
  ) {
    if (!mayEdit(actor, ref)) throw forbidden("Du kan läsa rapporten men inte ändra den.");
    const { target } = await resolve(actor, ref);
    const row = await repository.find(target, year);
    if ((row?.version ?? 1) !== version) throw conflict();
    const updated = await repository.update(target, year, version, await edit(row), actor.userId, audit);
    if (!updated) throw conflict();
    return { status: updated.status, version: updated.version };
  }

  return {
    model: build,

    saveNarrative(
      actor: Actor,
      ref: ReportRef,
      year: number,
      body: { chapter: string; text: string; version: number },
    ) {
      return change(actor, ref, year, body.version, async (row) => {
        if (row?.status === "final") throw finalReport();
        return { narratives: { ...(row?.narratives ?? {}), [body.chapter]: body.text } };
      });
    },

    /** Who the report is for: on its cover and its title slide. It can be said after the report is final. */
    saveAddressee(actor: Actor, ref: ReportRef, year: number, body: { text: string; version: number }) {
      return change(actor, ref, year, body.version, async () => ({ addressee: body.text.trim() }));
    },

    chooseExamples(actor: Actor, ref: ReportRef, year: number, body: { centreIds: string[]; version: number }) {
      return change(actor, ref, year, body.version, async (row) => {
        if (row?.status === "final") throw finalReport();
        return { examples: body.centreIds };
      });
    },

    /** Freezes the figures as they are now: late answers no longer change the report. */
    finalize(actor: Actor, ref: ReportRef, year: number, version: number) {
      return change(
        actor,
        ref,
        year,
        version,
        async (row) => {
          if (row?.status === "final") throw finalReport();
          const model = await build(actor, ref, year);
          return { status: "final", snapshot: { ...model, status: "final" } as unknown as Record<string, unknown> };
        },
        { action: "report.finalize", details: { report: ref.kind } },
      );
    },

    /** Only the county coordinator (or an administrator) reopens a final report, and it is logged. */
    reopen(actor: Actor, ref: ReportRef, year: number, version: number) {
      if (!may(actor.role, "reports.reopen"))
        throw forbidden("Bara länssamordnaren kan öppna en slutlig rapport igen.");
      return change(
        actor,
        ref,
        year,
        version,
        async (row) => {
          if (row?.status !== "final") throw new AppError(409, "report_not_final", "Rapporten är redan ett utkast.");
          return { status: "draft", snapshot: null };
        },
        { action: "report.reopen", details: { report: ref.kind } },
      );
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
