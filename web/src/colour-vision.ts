/**
 * Colour-vision checks for the legend: what a colour looks like under protanopia and
 * deuteranopia (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear RGB) and how
 * far apart two colours are (CIE76 ΔE in CIELAB). Pure: the unit test keeps the legend's
 * colours of one shape apart for every kind of vision.
 */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia';

const MATRICES: Record<Exclude<Vision, 'normal'>, readonly (readonly number[])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const toLinear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

function linearRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [toLinear((n >> 16) & 255), toLinear((n >> 8) & 255), toLinear(n & 255)];
}

/** CIELAB (D65) of a colour as seen with `vision`. */
export function labAs(hex: string, vision: Vision): [number, number, number] {
  const rgb = linearRgb(hex);
  const seen =
    vision === 'normal'
      ? rgb
      : MATRICES[vision].map(
          (row) => (row[0] ?? 0) * rgb[0] + (row[1] ?? 0) * rgb[1] + (row[2] ?? 0) * rgb[2],
        );
  const [r, g, b] = seen.map((v) => Math.min(1, Math.max(0, v))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE (CIE76) between two colours as seen with `vision`. */
export function distance(a: string, b: string, vision: Vision): number {
  const p = labAs(a, vision);
  const q = labAs(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
