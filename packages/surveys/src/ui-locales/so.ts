import type { VisitorUiStrings } from "./visitor-strings.ts";

/** Somali: survey-core ships no dictionary for it. */
export const somaliStrings: VisitorUiStrings = {
  pagePrevText: "Hore",
  pageNextText: "Xiga",
  completeText: "Dir",
  startSurveyText: "Bilow",
  progressText: "Bogga {0} ee {1}",
  requiredError: "Fadlan ka jawaab su'aashan.",
  otherItemText: "Wax kale (sharax)",
  noneItemText: "Midna",
  commentText: "Fadlan faallo ku dar",
  completingSurvey: "Waad ku mahadsan tahay jawaabahaaga!",
  loadingSurvey: "Su'aalaha ayaa soo degaya …",
  placeholder: "Dooro …",
  ratingOptionsCaption: "Taabo si aad u qiimayso …",
  clearCaption: "Tirtir",
  selectCaption: "Dooro",
  booleanCheckedLabel: "Haa",
  booleanUncheckedLabel: "Maya",
  textMaxLength: "Fadlan qor wax ka yar {0} xaraf.",
  otherRequiredError: "Fadlan qor jawaabta kale.",
  emptySurvey: "Su'aal lama hayo.",
};
