/**
 * The SurveyJS interface strings a visitor can meet in the kiosk or on a visitor
 * link: navigation, progress, the required-answer message and the like. Every
 * visitor language must have its own text for each of them.
 */
export const visitorUiStringKeys = [
  "pagePrevText",
  "pageNextText",
  "completeText",
  "startSurveyText",
  "progressText",
  "requiredError",
  "otherItemText",
  "noneItemText",
  "commentText",
  "completingSurvey",
  "loadingSurvey",
  "placeholder",
  "ratingOptionsCaption",
  "clearCaption",
  "selectCaption",
  "booleanCheckedLabel",
  "booleanUncheckedLabel",
  "textMaxLength",
  "otherRequiredError",
  "emptySurvey",
] as const;

export type VisitorUiStrings = Record<(typeof visitorUiStringKeys)[number], string>;
