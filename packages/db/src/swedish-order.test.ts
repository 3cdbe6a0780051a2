import { describe, expect, it } from "vitest";
import { inSwedishOrder } from "./swedish-order.ts";

describe("Swedish alphabetical order", () => {
  it("puts Å, Ä and Ö last, in that order, where byte order has Ä before Å", () => {
    const names = ["Ängelholm", "Örkelljunga", "Åstorp", "Ystad", "Osby", "Malmö"];
    expect(inSwedishOrder([...names], (n) => n)).toEqual([
      "Malmö",
      "Osby",
      "Ystad",
      "Åstorp",
      "Ängelholm",
      "Örkelljunga",
    ]);
    expect([...names].sort()).not.toEqual(inSwedishOrder([...names], (n) => n));
  });

  it("orders by the next name where the first is the same", () => {
    const rows = [
      { municipality: "Lund", name: "Linero" },
      { municipality: "Ängelholm", name: "Centrum" },
      { municipality: "Lund", name: "Klostergården" },
    ];
    expect(
      inSwedishOrder(
        rows,
        (r) => r.municipality,
        (r) => r.name,
      ).map((r) => r.name),
    ).toEqual(["Klostergården", "Linero", "Centrum"]);
  });
});
