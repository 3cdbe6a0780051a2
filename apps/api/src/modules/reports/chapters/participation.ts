import type { ResultsParts } from "@fcs/contracts";
import { surveyNames } from "@fcs/surveys/kinds";
import { countCell, point } from "../figures.ts";
import type { Cell, ReportTable } from "../model.ts";
import { absentFrom, moreAnswersThanStaff, participating } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";
import { paragraph, shown } from "./phrases.ts";

type Part = ResultsParts["parts"][number];

/**
 * "Deltagande" (region and municipality reports): who answered, per municipality and per
 * centre; which centres took no part in which survey; the staff's answers against the staff
 * their latest approved follow-up reports.
 */
export function participation(i: ReportInputs): Chapter | undefined {
  if (i.kind === "centre" || !i.adultParts) return undefined;
  const find = (parts: ResultsParts | undefined, id: string) => parts?.parts.find((p) => p.id === id)?.respondents;
  const municipalities = i.adultParts.parts.filter((p) => p.level === "municipality");
  const centres = i.adultParts.parts.filter((p) => p.level === "centre");
  const centresIn = (id: string) => i.followUps.municipalities.find((m) => m.id === id)?.centres ?? null;
  const byMunicipality: Cell[][] = municipalities.map((m) => [
    m.name,
    centresIn(m.id),
    countCell(m.respondents),
    countCell(find(i.childParts, m.id)),
    countCell(find(i.staffParts, m.id)),
  ]);
  // The staff the centre's latest approved follow-up reports: this year's, or an earlier year's until it is approved.
  const staffOf = (centre: Part): number | null => {
    const own = [...i.followUpHistory]
      .reverse()
      .map((f) => f.centres.find((c) => `centre:${c.id}` === centre.id && c.status === "approved"))
      .find((c) => c !== undefined);
    const persons = own?.activity.staffing.filter((s) => s.persons.value !== null) ?? [];
    return persons.length > 0 ? persons.reduce((a, s) => a + (s.persons.value ?? 0), 0) : null;
  };
  const byCentre: Cell[][] = centres.map((c) => {
    const staff = countCell(find(i.staffParts, c.id));
    const persons = staffOf(c);
    return [
      c.name,
      municipalities.find((m) => m.id === `municipality:${c.municipalityCode}`)?.name ?? null,
      countCell(c.respondents),
      countCell(find(i.childParts, c.id)),
      staff,
      persons,
      shown(staff) && persons ? (staff / persons) * 100 : null,
    ];
  });
  const none = (column: number) => byCentre.filter((r) => r[column] === 0).map((r) => String(r[0]));
  const tables: ReportTable[] = [
    {
      title: "Svarande per kommun",
      columns: [
        { title: "Kommun", format: "text" },
        { title: "Familjecentraler", format: "count" },
        { title: "Vuxna", format: "count" },
        { title: "Barn", format: "count" },
        { title: "Personal", format: "count" },
      ],
      rows: byMunicipality,
    },
    {
      title: "Svarande per familjecentral",
      columns: [
        { title: "Familjecentral", format: "text" },
        { title: "Kommun", format: "text" },
        { title: "Vuxna", format: "count" },
        { title: "Barn", format: "count" },
        { title: "Personal", format: "count" },
        { title: "Personal enligt senaste godkända uppföljning", format: "count" },
        { title: "Andel av personalen som svarat", format: "percent" },
      ],
      rows: byCentre,
    },
  ];
  return {
    id: "deltagande",
    title: "Deltagande",
    draft: paragraph(
      participating(i.year, i.adults.scopes[0]?.name ?? "", i.followUps.scopes[0]?.centres ?? 0, municipalities.length),
      moreAnswersThanStaff(byCentre.filter((r) => typeof r[6] === "number" && r[6] > 100).length),
      absentFrom([
        { survey: surveyNames.besok_vuxen, centres: none(2) },
        { survey: surveyNames.besok_barn, centres: none(3) },
        { survey: surveyNames.spindel, centres: none(4) },
      ]),
    ),
    tables,
    charts: [
      {
        kind: "bar",
        title: "Vuxna besökare som svarat, per kommun",
        unit: "count",
        categories: municipalities.map((m) => m.name),
        series: [{ name: String(i.year), values: byMunicipality.map((r) => point(r[2] ?? null)) }],
      },
    ],
  };
}
