/**
 * The properties our definitions add to SurveyJS's: a rating's "Vet ej / Ej aktuellt"
 * (`dontKnowText`, builder.ts), which our own renderers show. survey-core, which checks a
 * definition's JSON, is told of it so it does not report it as unknown.
 */
export function registerSurveyProperties(serializer: {
  findProperty(className: string, name: string): unknown;
  addProperty(className: string, property: { name: string; category?: string }): unknown;
}): void {
  if (!serializer.findProperty("rating", "dontKnowText"))
    serializer.addProperty("rating", { name: "dontKnowText", category: "general" });
}
