/**
 * WCAG 2.1 contrast (success criterion 1.4.3): relative luminance of sRGB colours and the
 * ratio between two of them. Text on the town's primary colour needs at least 4.5:1.
 */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export type Rgb = readonly [r: number, g: number, b: number];

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

export function parseHex(hex: string): Rgb {
  const match = HEX.exec(hex.trim());
  if (!match?.[1]) throw new TypeError(`"${hex}" is not a colour like #1a5f7a`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = typeof color === 'string' ? parseHex(color) : color;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

type Hsl = [h: number, s: number, l: number];

function rgbToHsl([r, g, b]: Rgb): Hsl {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: Hsl): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h + 1 / 3) * 255, hue(h) * 255, hue(h - 1 / 3) * 255];
}

/**
 * The colour nearest to `color` (same hue and saturation, lightness moved as little as
 * possible) that reaches `minRatio` against `textColor`; `color` itself if it already does.
 */
export function nearestAccessibleColor(
  color: string,
  textColor: string,
  minRatio = MIN_TEXT_CONTRAST,
): string {
  const original = toHex(parseHex(color));
  if (contrastRatio(original, textColor) >= minRatio) return original;
  const [h, s, l] = rgbToHsl(parseHex(color));
  for (let step = 1; step <= 1000; step++) {
    for (const direction of [-1, 1]) {
      const lightness = l + (direction * step) / 1000;
      if (lightness < 0 || lightness > 1) continue;
      const candidate = toHex(hslToRgb([h, s, lightness]));
      if (contrastRatio(candidate, textColor) >= minRatio) return candidate;
    }
  }
  // Unreachable for real text colours: black or white always pass against one of them.
  return relativeLuminance(textColor) > 0.5 ? '#000000' : '#ffffff';
}
