import type { Locator, Page } from "playwright-core";

/** A chart on the page by its heading. */
export const chartFrame = (page: Page, title: string) =>
  page.locator(".chart-frame", { has: page.getByRole("heading", { name: title, exact: true }) }).first();

/** The colour of a series as its legend entry shows it, as `#rrggbb`. */
export async function legendColour(frame: Locator, series: string): Promise<string> {
  const text = frame.locator(".recharts-legend-item-text", { hasText: new RegExp(`^${series}$`) }).first();
  const rgb = await text.evaluate((element) => (element as HTMLElement).style.color);
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

/** The labels of a chart's value axis, in order. */
export const valueTicks = (frame: Locator, axis: "x" | "y") =>
  frame.locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();
