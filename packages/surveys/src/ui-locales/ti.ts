import type { VisitorUiStrings } from "./visitor-strings.ts";

/** Tigrinya: survey-core ships no dictionary for it. */
export const tigrinyaStrings: VisitorUiStrings = {
  pagePrevText: "ዝሓለፈ",
  pageNextText: "ዝቕጽል",
  completeText: "ስደድ",
  startSurveyText: "ጀምር",
  progressText: "ገጽ {0} ካብ {1}",
  requiredError: "በጃኻ ነዚ ሕቶ መልሶ።",
  otherItemText: "ካልእ (ግለጽ)",
  noneItemText: "ዋላ ሓደ",
  commentText: "በጃኻ ርእይቶ ወስኽ",
  completingSurvey: "ስለ መልስታትካ የቐንየልና!",
  loadingSurvey: "እቲ መሕተቲ ይጽዓን ኣሎ …",
  placeholder: "ምረጽ …",
  ratingOptionsCaption: "ንምግምጋም ጠውቕ …",
  clearCaption: "ደምስስ",
  selectCaption: "ምረጽ",
  booleanCheckedLabel: "እወ",
  booleanUncheckedLabel: "ኣይፋል",
  textMaxLength: "በጃኻ ካብ {0} ፊደላት ዝወሓደ ጽሓፍ።",
  otherRequiredError: "በጃኻ ነቲ ካልእ መልሲ ጽሓፍ።",
  emptySurvey: "ዝኾነ ሕቶ የለን።",
};
