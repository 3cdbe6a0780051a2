import { describe, expect, it } from "vitest";
import { ApiError, describeApiError } from "./client.ts";

describe("an API refusal as the interface says it", () => {
  const refusal = (error: string, message: string, details: { field: string; message: string }[]) =>
    new ApiError(400, { error, message, details });

  it("shows the problems a refusal lists, never a pointer to 'details'", () => {
    expect(
      describeApiError(
        refusal("invalid_periods", "Perioderna innehåller fel.", [
          { field: "body.periods.0", message: "Besöksenkät barn stänger före den öppnar" },
        ]),
      ),
    ).toBe("Perioderna innehåller fel. Besöksenkät barn stänger före den öppnar.");
  });

  it("names the fields of a malformed request, and gives a plain refusal as it is", () => {
    expect(
      describeApiError(
        refusal("validation_failed", "Begäran innehåller fel.", [{ field: "body.pin", message: "är för kort" }]),
      ),
    ).toBe("Uppgifterna innehåller fel: pin är för kort.");
    expect(describeApiError(refusal("version_conflict", "Någon annan har ändrat.", []))).toBe(
      "Någon annan har ändrat.",
    );
  });
});
