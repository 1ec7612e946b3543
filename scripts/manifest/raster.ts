/** A tiny anti-aliasing rasterizer: the icons are drawn from a few shapes, so no image editor or binary asset is needed. */
import { PNG } from "pngjs";

/** Red, green, blue in 0..255. */
export type Rgb = readonly [number, number, number];

/** Inside-test of a shape in unit coordinates (0..1 across the icon, y down). */
export type Shape = (x: number, y: number) => boolean;

/** One filled shape; later layers paint over earlier ones. */
export interface Layer {
  shape: Shape;
  color: Rgb;
}

/** A rectangle with rounded corners, in unit coordinates. */
export function roundedRect(x0: number, y0: number, x1: number, y1: number, radius: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
    const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

/** Points in the first shape but not in the second (outlines, cut-outs). */
export function difference(outer: Shape, hole: Shape): Shape {
  return (x, y) => outer(x, y) && !hole(x, y);
}

/** Points in any of the shapes. */
export function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

/** Sub-samples per pixel edge: 8×8 keeps small icons' edges smooth; large icons need fewer levels and stay fast. */
function samplesFor(size: number): number {
  return size >= 64 ? 4 : 8;
}

/** Paints the layers into a size×size RGBA image; pixels no layer covers stay transparent (coverage becomes alpha). */
export function rasterize(size: number, layers: readonly Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  const SAMPLES = samplesFor(size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          for (let i = layers.length - 1; i >= 0; i -= 1) {
            const layer = layers[i] as Layer;
            if (!layer.shape(x, y)) continue;
            r += layer.color[0];
            g += layer.color[1];
            b += layer.color[2];
            covered += 1;
            break;
          }
        }
      }
      const at = (py * size + px) * 4;
      // Colour is averaged over the covered samples only (straight alpha), so a white glyph stays pure white at its edges.
      png.data[at] = covered ? Math.round(r / covered) : 0;
      png.data[at + 1] = covered ? Math.round(g / covered) : 0;
      png.data[at + 2] = covered ? Math.round(b / covered) : 0;
      png.data[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return png;
}

/** Encodes an image as PNG; `opaque` drops the alpha channel (colour type 2) so the file itself proves it has no transparency. */
export function encodePng(png: PNG, opaque = false): Buffer {
  return PNG.sync.write(png, { colorType: opaque ? 2 : 6 });
}
