import type { VisitorUiStrings } from "./visitor-strings.ts";

/** Bosnian/Croatian/Serbian (Latin): one dictionary all three groups read, like the survey texts. */
export const bosnianStrings: VisitorUiStrings = {
  pagePrevText: "Nazad",
  pageNextText: "Dalje",
  completeText: "Pošalji",
  startSurveyText: "Počni",
  progressText: "Stranica {0} od {1}",
  requiredError: "Molimo odgovorite na ovo pitanje.",
  otherItemText: "Nešto drugo (opišite)",
  noneItemText: "Ništa",
  commentText: "Molimo ostavite komentar",
  completingSurvey: "Hvala na odgovorima!",
  loadingSurvey: "Anketa se učitava …",
  placeholder: "Odaberite …",
  ratingOptionsCaption: "Dodirnite za ocjenu …",
  clearCaption: "Obriši",
  selectCaption: "Odaberi",
  booleanCheckedLabel: "Da",
  booleanUncheckedLabel: "Ne",
  textMaxLength: "Molimo unesite manje od {0} znakova.",
  otherRequiredError: "Molimo upišite drugi odgovor.",
  emptySurvey: "Nema pitanja.",
};
