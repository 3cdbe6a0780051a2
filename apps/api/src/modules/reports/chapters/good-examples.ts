import { examplesChosen } from "./drafts.ts";
import type { Chapter, ReportInputs } from "./inputs.ts";

/** "Goda exempel" (region reports): the examples the county coordinator chose from the approved follow-ups. */
export function goodExamples(i: ReportInputs): Chapter | undefined {
  if (i.kind !== "region") return undefined;
  return {
    id: "goda_exempel",
    title: "Goda exempel",
    draft: examplesChosen(i.examples.length),
    tables: [
      {
        title: "Goda exempel från kvalitetsuppföljningarna",
        columns: [
          { title: "Familjecentral", format: "text" },
          { title: "Exempel", format: "text" },
        ],
        rows: i.examples.map((e) => [e.centre, e.text]),
      },
    ],
    charts: [],
  };
}
