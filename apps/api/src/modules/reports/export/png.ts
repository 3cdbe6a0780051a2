import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/**
 * Charts as PNG pictures, drawn on the server by resvg (no browser, no system fonts): every
 * reader of a Word file shows a PNG. The font travels with the code (DejaVu Sans, which has
 * every Swedish letter), so a chart looks the same on every machine.
 */
const fonts = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) => join(fonts, f));

/** The SVG drawn as a PNG `width` pixels wide (twice the shown size, so it prints sharply). */
export function svgToPng(svg: string, width: number): Buffer {
  const picture = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return Buffer.from(picture.render().asPng());
}
