/** Swedish UI text of the annual reports. */
export const svReports = {
  nav: "Årsrapport",
  navLocal: "Verksamhetsberättelse",
  title: "Årsrapport",
  noReport: "Årsrapporter görs för ett län, en kommun och en familjecentral. Ditt konto gäller inget av dem.",
  addresseeLabel: "Rapporten riktar sig till",
  addresseeHint:
    "Till exempel Strategigrupp barn och unga, REKO eller förvaltningschefen. Står på rapportens första sida.",
  addresseeSuggestions: ["Strategigrupp barn och unga", "REKO", "Förvaltningschefen", "Familjecentralens styrgrupp"],
  addresseeNone: "Ingen mottagare angiven.",
  addresseeShown: (to: string) => `Till: ${to}`,
  saveAddressee: "Spara mottagaren",
  addresseeSaved: "Mottagaren är sparad.",
  areaLabel: "Område",
  yearLabel: "År",
  status: { draft: "Utkast", final: "Slutlig" },
  statusLabel: "Status",
  frozenNote: (at: string) =>
    `Slutlig. Siffrorna är låsta som de var ${at} och ändras inte av svar som kommer in senare.`,
  draftNote: "Utkast. Siffrorna hämtas på nytt varje gång rapporten öppnas.",
  exportTitle: "Ladda ner",
  exports: { docx: "Word", pptx: "PowerPoint", xlsx: "Excel" },
  exporting: (format: string) => `Skapar ${format}-filen …`,
  exported: (file: string) => `${file} är nedladdad.`,
  print: "Skriv ut eller spara som PDF",
  finalize: "Markera som slutlig",
  confirmFinalize: "Markera rapporten som slutlig? Siffrorna låses som de är nu.",
  /** Before finalising: what is not yet in, or nothing. */
  notYetIn: (open: string[], unapproved: number, centres: number) =>
    [
      open.length > 0
        ? `Insamlingen pågår fortfarande för ${open.length > 1 ? `${open.slice(0, -1).join(", ")} och ${open.at(-1)}` : open[0]}.`
        : "",
      unapproved > 0
        ? `${unapproved} av ${centres} ${centres === 1 ? "kvalitetsuppföljning" : "kvalitetsuppföljningar"} är inte ${unapproved === 1 ? "godkänd" : "godkända"} ännu.`
        : "",
    ]
      .filter(Boolean)
      .map((s) => `${s}\n`)
      .join(""),
  reopen: "Öppna rapporten igen",
  confirmReopen: "Öppna den slutliga rapporten igen? Siffrorna hämtas då på nytt, och det loggas.",
  narrativeLabel: (chapter: string) => `Text till kapitlet ${chapter}`,
  useDraft: "Använd förslaget",
  draftTitle: "Förslag utifrån siffrorna",
  saveText: "Spara texten",
  textSaved: "Texten är sparad.",
  examplesTitle: "Välj goda exempel",
  examplesIntro: "Goda exempel ur årets godkända kvalitetsuppföljningar. De du väljer kommer med i rapporten.",
  noExamples: "Inga godkända kvalitetsuppföljningar med goda exempel ännu.",
  saveExamples: "Spara urvalet",
  examplesSaved: "Urvalet är sparat.",
  readOnly: "Du kan läsa rapporten men inte ändra den.",
  contents: "Innehåll",
};
