/**
 * Corrections to survey-core's own dictionaries. Its Swedish has machine-translated
 * strings such as "Klar" for clear, "OKEJ" and "Annullera" (docs/domain.md); its Polish
 * leaves "Start" in English.
 */
const swedish = {
  clearCaption: "Rensa",
  selectCaption: "Välj",
  buttongroupOptionsCaption: "Välj …",
  ratingOptionsCaption: "Tryck här för att välja …",
  tagboxDoneButtonCaption: "OK",
  ok: "OK",
  cancel: "Avbryt",
  completingSurvey: "Tack för att du svarade på enkäten!",
  completeText: "Skicka",
  loadingSurvey: "Enkäten laddas …",
  loadingPage: "Laddar …",
  loadingData: "Laddar …",
  placeholder: "Välj …",
  requiredError: "Svara på frågan.",
  commentText: "Skriv gärna en kommentar",
  otherRequiredError: "Skriv ditt andra svar.",
  textMaxLength: "Skriv högst {0} tecken.",
  selectToRankEmptyRankedAreaText: "Alla alternativ är rangordnade",
  modalApplyButtonText: "Verkställ",
  noEntriesReadonlyText: "Det finns inga värden.",
};

const polish = { startSurveyText: "Rozpocznij" };

export const localeCorrections: Record<string, Record<string, string>> = { sv: swedish, pl: polish };
