import { responseSplitGroups } from "@fcs/surveys";
import { surveysInDisplayOrder } from "@fcs/surveys/kinds";
import { countCell } from "../figures.ts";
import { hiddenFiguresRule } from "../format.ts";
import type { Cell, ReportTable } from "../model.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

const surveyNames: Record<string, string> = {
  kvalitetsuppfoljning: "Kvalitetsuppföljning",
  spindel: "Spindelmätning",
  besok_vuxen: "Besöksenkät vuxna",
  besok_barn: "Besöksenkät barn",
};

/** The channels the method chapter counts, in the results' order and words. */
const channelColumns = responseSplitGroups("kanal", "besok_vuxen");

/** "2026-03-01" as "1 mars 2026". */
const dateText = (iso: string) =>
  new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * "Metod": who answered, when and how, what the figures mean, and what is not shown —
 * so a steering group reads the figures as they are meant.
 */
export function method(i: ReportInputs): Chapter {
  const threshold = i.adults.threshold;
  const factors = i.staff.questions.filter((q) => q.axis).length;
  const surveys = { spindel: i.staff, besok_vuxen: i.adults, besok_barn: i.children } as const;
  // How the answers came: the channels of every anonymous survey, hidden like any group that is too small.
  const channels = channelColumns.map(({ value }) => (kind: string) => {
    const overview = surveys[kind as keyof typeof surveys];
    if (!overview) return null;
    const group = overview.channels?.groups.find((g) => g.value === value);
    return group ? countCell(group.respondents[0]) : null;
  });
  const answered: Record<string, Cell> = {
    kvalitetsuppfoljning: i.followUps.scopes[0]?.approved ?? null,
    spindel: countCell(i.staff.respondents[0]),
    besok_vuxen: countCell(i.adults.respondents[0]),
    besok_barn: countCell(i.children.respondents[0]),
  };
  const table: ReportTable = {
    title: `Insamlingen ${i.year}`,
    columns: [
      { title: "Underlag", format: "text" },
      { title: "Öppnade", format: "text" },
      { title: "Stängde", format: "text" },
      { title: "Svar", format: "count" },
      ...channelColumns.map(({ label }) => ({ title: label, format: "count" as const })),
    ],
    rows: surveysInDisplayOrder.map((kind) => {
      const period = i.periods.find((p) => p.kind === kind);
      return [
        surveyNames[kind] ?? kind,
        period ? dateText(period.opens) : null,
        period ? dateText(period.closes) : null,
        answered[kind] ?? null,
        ...channels.map((count) => count(kind)),
      ];
    }),
  };
  const draft = [
    "Uppföljningen bygger på fyra underlag.",
    "Kvalitetsuppföljningen fylls i av varje familjecentrals samordnare och räknas först när länssamordnaren har godkänt den; siffrorna från den är summor eller medelvärden av de godkända uppföljningarna.",
    `I spindelmätningen skattar medarbetarna samverkan på ${factors} faktorer på en skala från 1 till 10; resultatet är medelvärdet.`,
    "Besöksenkäterna besvaras anonymt av vuxna besökare och av barn, på en surfplatta i familjecentralen, via en länk eller på papper, på svenska eller på besökarens eget språk.",
    "Andelen positiva svar är andelen vuxna som svarat 4 eller 5 på skalan 1–5. Barnen svarar med tre smileys: ledsen, mittemellan och glad.",
    "Tabellen visar också hur svaren kom in; per insamlingssätt visas svaren för kommun och region när insamlingen har stängt.",
    hiddenFiguresRule(threshold),
    "Siffrorna är de senast publicerade, så att ingen kan se hur en enskild besökares svar ändrar resultatet.",
  ].join(" ");
  return { id: "metod", title: "Metod", draft, tables: [table], charts: [] };
}
