/** The app's mark: an agenda sheet (dagordning) on teal. Drawn in code so every size comes from one design. */
import { difference, encodePng, rasterize, roundedRect, union } from "./raster";
import type { Layer, Rgb, Shape } from "./raster";

/** Accent colour of the app (teal); white on it has a contrast ratio above 5.5. */
export const ACCENT_HEX = "#0E6E73";
const TEAL: Rgb = [0x0e, 0x6e, 0x73];
const WHITE: Rgb = [255, 255, 255];

/** Sizes Outlook asks for: 16/32/80 on the ribbon, 64 (IconUrl) and 128 (HighResolutionIconUrl) in the add-in lists. */
export const OUTLOOK_ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** A rectangle given on a grid of `unit` cells, so the small glyph lands on whole pixels. */
function cells(unit: number, x0: number, y0: number, x1: number, y1: number, radius: number): Shape {
  return roundedRect(x0 / unit, y0 / unit, x1 / unit, y1 / unit, radius / unit);
}

/** Three agenda rows (bullet and line) on a grid of `unit` cells. */
function rows(unit: number, ys: readonly number[], height: number, bullet: [number, number], bar: [number, number], radius: number): Shape {
  return union(...ys.flatMap((y) => [cells(unit, bullet[0], y, bullet[1], y + height, radius), cells(unit, bar[0], y, bar[1], y + height, radius)]));
}

/** The outline glyph drawn on whole pixels: a sheet with a border and three rows; below 24 px a 16-cell variant keeps one-pixel lines sharp. */
function outlineGlyph(size: number): Shape {
  if (size < 24) {
    const sheet = difference(cells(16, 3, 1, 13, 15, 1.5), cells(16, 4, 2, 12, 14, 0.5));
    return union(sheet, rows(16, [4, 7, 10], 1, [5, 6], [7, 11], 0));
  }
  const sheet = difference(cells(32, 7, 3, 25, 29, 3), cells(32, 9, 5, 23, 27, 1.5));
  return union(sheet, rows(32, [9, 15, 21], 2, [11, 13], [15, 21], 0.5));
}

const drawn = new Map<string, Buffer>();
/** The icons are pure functions of their size: draw each once per process (tests and the package ask repeatedly). */
function once(key: string, draw: () => Buffer): Buffer {
  const cached = drawn.get(key) ?? draw();
  drawn.set(key, cached);
  return cached;
}

/** Teams' colour icon: 192×192, opaque teal, a white sheet with a teal heading and rows inside the central 96×96 safe area. */
export function colorIconPng(): Buffer {
  const layers: Layer[] = [
    { shape: () => true, color: TEAL },
    { shape: cells(192, 60, 48, 132, 144, 8), color: WHITE },
    { shape: union(cells(192, 72, 62, 112, 72, 3), rows(192, [86, 104, 122], 8, [72, 80], [86, 120], 4)), color: TEAL },
  ];
  return once("color", () => encodePng(rasterize(192, layers), true));
}

/** Teams' outline icon: 32×32, only white pixels and transparency, as Teams requires. */
export function outlineIconPng(): Buffer {
  return once("outline", () => encodePng(rasterize(32, [{ shape: outlineGlyph(32), color: WHITE }])));
}

/** Outlook's ribbon and list icon at one size: the white outline glyph on a teal rounded square, transparent corners. */
export function outlookIconPng(size: number): Buffer {
  const layers: Layer[] = [
    { shape: roundedRect(0, 0, 1, 1, 0.2), color: TEAL },
    { shape: outlineGlyph(size), color: WHITE },
  ];
  return once(`outlook-${size}`, () => encodePng(rasterize(size, layers)));
}
