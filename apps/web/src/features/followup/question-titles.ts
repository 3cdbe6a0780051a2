interface Element {
  name?: string;
  title?: unknown;
  elements?: Element[];
  pages?: Element[];
}

/** Question key → its Swedish title, from the SurveyJS definition, to name what the server found wrong. */
export function questionTitles(definition: Record<string, unknown>): Map<string, string> {
  const titles = new Map<string, string>();
  const visit = (element: Element) => {
    if (element.name && typeof element.title === "string") titles.set(element.name, element.title);
    for (const child of [...(element.pages ?? []), ...(element.elements ?? [])]) visit(child);
  };
  visit(definition as Element);
  return titles;
}
