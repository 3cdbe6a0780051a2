/** The words of "Import": bringing in earlier years from the tool a region used before. */
export const svImports = {
  nav: "Import",
  title: "Importera tidigare år",
  intro:
    "Här tar du in svar från tidigare år från verktyget regionen använde förut, så att utvecklingen över åren börjar där. Filen ska ha en rad per svarande och en kolumn per fråga, och kolumner för familjecentral och år. Ett år för en familjecentral importeras helt och en gång.",
  noRegion: "Du har ingen region att importera till.",
  region: "Region",
  survey: "Enkät",
  surveys: { besok_vuxen: "Besöksenkät vuxna", besok_barn: "Besöksenkät barn", spindel: "Spindelmätning" } as Record<
    string,
    string
  >,
  source: "Källa",
  sourceHint:
    "Verktyget eller exporten filen kommer från. Kopplingen sparas under det namnet och används igen nästa gång.",
  defaultSource: "Tidigare verktyg",
  fileTitle: "Enkät och fil",
  form: "Vad innehåller filen?",
  forms: {
    responses: "En rad per svarande",
    totals: "Bara summor: antal per svar eller medelvärde, per familjecentral, år och fråga",
  } as Record<string, string>,
  totalsHint:
    "Kolumnerna ska heta Familjecentral, År, Fråga och Antal, och sedan en kolumn per svar (till exempel 1–5, eller Ja och Nej) med hur många som gav det, eller Medelvärde. Frågan skrivs med sin rubrik eller nyckel. En rad med frågan * ger antalet svarande.",
  template: "Ladda ner en mall",
  totalsSurvey: (survey: string) => `${survey} (summor)`,
  file: "Fil",
  fileHint: "CSV (semikolon, komma eller tabb; UTF-8 eller Windows-1252) eller Excel (.xlsx).",
  read: "Läs filen",
  reading: "Läser filen …",
  sending: "Skickar och kontrollerar …",
  progress: "Förlopp",
  format: (format: string, rows: number) => `${format}, ${rows.toLocaleString("sv-SE")} rader.`,
  savedMapping: "Kopplingen är den som sparades för källan förra gången.",
  suggestedMapping: "Kopplingen är föreslagen utifrån kolumnernas rubriker. Kontrollera den.",
  columnsTitle: "Kolumner",
  column: "Kolumn",
  values: "Värden i filen",
  meaning: "Betyder",
  skip: "Används inte",
  centre: "Familjecentral (namn eller id)",
  year: "År",
  valuesTitle: "Svarsvärden",
  valuesIntro:
    "Värden som är svarsalternativets namn eller en siffra på skalan känns igen av sig själva. Koppla de andra till ett svar.",
  automatic: "Känns igen automatiskt",
  notAnswered: "Inget svar",
  valueFor: (column: string, value: string) => `${column}: ${value}`,
  preview: "Förhandsgranska",
  dryRun: "Provkör",
  run: "Importera",
  confirmRun: (rows: number) =>
    `Vill du importera ${rows.toLocaleString("sv-SE")} svar? De räknas in i resultaten direkt. Du kan ångra hela importen efteråt.`,
  resultTitle: { preview: "Förhandsgranskning", dry_run: "Provkörning", import: "Importen är klar" } as Record<
    string,
    string
  >,
  summary: (accepted: number, rows: number, problemRows: number) =>
    `${accepted.toLocaleString("sv-SE")} av ${rows.toLocaleString("sv-SE")} ${rows === 1 ? "rad" : "rader"} kan importeras. ${
      problemRows === 0
        ? "Ingen rad har fel."
        : problemRows === 1
          ? "1 rad har fel och hoppas över."
          : `${problemRows.toLocaleString("sv-SE")} rader har fel och hoppas över.`
    }`,
  dryRunNote: "Provkörningen gick igenom hela importen utan att spara något.",
  perYear: "Per år",
  responses: "Svar",
  centres: "Familjecentraler",
  problemsTitle: "Problem per rad",
  problemsMore: (shown: number) => `De första ${shown} problemen visas.`,
  row: "Rad",
  problem: "Problem",
  listTitle: "Gjorda importer",
  none: "Inga importer ännu.",
  fileName: "Fil",
  years: "År",
  importedAt: "Importerad",
  by: "Av",
  undo: "Ångra",
  undoFor: (file: string) => `Ångra importen av ${file}`,
  confirmUndo: (file: string, n: number) =>
    `Vill du ångra importen av ${file}? Alla ${n.toLocaleString("sv-SE")} svar tas bort ur resultaten och raderas.`,
  undone: (date: string) => `Ångrad ${date}`,
  network: "Servern kunde inte nås. Försök igen.",
};
