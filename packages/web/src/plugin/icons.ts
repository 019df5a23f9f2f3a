/**
 * The app icons a town ships none of, drawn at build time with sharp (libvips) instead of a
 * hand-written PNG encoder: it draws the town's SVG logo (and will strip EXIF from uploaded
 * photos later). Measured when it came in: +21 MB installed (19 MB of it the prebuilt libvips
 * for the platform, LGPL-3.0-or-later, from the npm registry; no install script), the three
 * icons in 0.05–0.8 s on a busy two-core machine against 0.1–0.25 s for the old encoder, in
 * a build of about 20 s. Works on Node 20 and 24.
 */
import { parseHex } from '@city-app/core';
import sharp from 'sharp';

/** 5×7 capitals, enough to draw a town's initial on its icon. */
const GLYPHS: Record<string, string> = {
  A: '01110 10001 10001 11111 10001 10001 10001',
  B: '11110 10001 10001 11110 10001 10001 11110',
  C: '01110 10001 10000 10000 10000 10001 01110',
  D: '11110 10001 10001 10001 10001 10001 11110',
  E: '11111 10000 10000 11110 10000 10000 11111',
  F: '11111 10000 10000 11110 10000 10000 10000',
  G: '01110 10001 10000 10111 10001 10001 01111',
  H: '10001 10001 10001 11111 10001 10001 10001',
  I: '01110 00100 00100 00100 00100 00100 01110',
  J: '00111 00010 00010 00010 00010 10010 01100',
  K: '10001 10010 10100 11000 10100 10010 10001',
  L: '10000 10000 10000 10000 10000 10000 11111',
  M: '10001 11011 10101 10101 10001 10001 10001',
  N: '10001 10001 11001 10101 10011 10001 10001',
  O: '01110 10001 10001 10001 10001 10001 01110',
  P: '11110 10001 10001 11110 10000 10000 10000',
  Q: '01110 10001 10001 10001 10101 10010 01101',
  R: '11110 10001 10001 11110 10100 10010 10001',
  S: '01111 10000 10000 01110 00001 00001 11110',
  T: '11111 00100 00100 00100 00100 00100 00100',
  U: '10001 10001 10001 10001 10001 10001 01110',
  V: '10001 10001 10001 10001 10001 01010 00100',
  W: '10001 10001 10001 10101 10101 10101 01010',
  X: '10001 10001 01010 00100 01010 10001 10001',
  Y: '10001 10001 01010 00100 00100 00100 00100',
  Z: '11111 00001 00010 00100 01000 10000 11111',
};

/** The letter drawn on the icon: the first letter of the name, umlauts as their base letter. */
export function iconInitial(name: string): string | undefined {
  const letter = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .match(/[A-Z]/)?.[0];
  return letter && letter in GLYPHS ? letter : undefined;
}

export interface IconOptions {
  size: number;
  background: string;
  foreground: string;
  name: string;
  /** Maskable icons keep their content inside the central safe zone (radius 40 %). */
  maskable?: boolean;
  /** The town's logo (SVG or an image sharp reads); without one, the initial is drawn. */
  logo?: Buffer;
  /** Told when the logo cannot be read and the initial is drawn instead. */
  warn?: (message: string) => void;
}

/**
 * Share of the icon the logo may fill: a maskable icon's safe zone is a circle of radius 40 %,
 * and the largest square inside it has sides of 0.8 / √2 ≈ 57 % of the icon.
 */
const LOGO_SHARE = { any: 0.8, maskable: 0.56 };

/** The initial in 5×7 blocks on the town's colour, as raw RGB pixels. */
function initialPixels({ size, background, foreground, name, maskable }: IconOptions): Uint8Array {
  const bg = parseHex(background);
  const fg = parseHex(foreground);
  const pixels = new Uint8Array(size * size * 3);
  for (let i = 0; i < size * size; i++) pixels.set(bg, i * 3);
  const letter = iconInitial(name);
  const rows = letter ? (GLYPHS[letter] as string).split(' ') : [];
  if (!rows.length) return pixels;
  const scale = Math.max(1, Math.floor((size * (maskable ? 0.4 : 0.5)) / 7));
  const left = Math.floor((size - 5 * scale) / 2);
  const top = Math.floor((size - 7 * scale) / 2);
  rows.forEach((row, y) => {
    [...row].forEach((bit, x) => {
      if (bit !== '1') return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          pixels.set(fg, ((top + y * scale + dy) * size + left + x * scale + dx) * 3);
        }
      }
    });
  });
  return pixels;
}

/** The logo scaled to fit `box` pixels square, rasterised at that size (no blurry upscaling). */
async function fittedLogo(logo: Buffer, box: number): Promise<Buffer> {
  const { width = box, height = box, format } = await sharp(logo).metadata();
  // An SVG is drawn at 72 dpi by default: the density that makes its longer side `box` pixels.
  const density = format === 'svg' ? Math.min(2400, (72 * box) / Math.max(width, height)) : 72;
  return sharp(logo, { density })
    .resize(box, box, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

/**
 * A square PNG on the town's colour: its logo centred where one is given, else its initial
 * in the text colour. sharp (libvips) draws and encodes; an SVG logo's text uses the fonts
 * installed where the app is built.
 */
export async function drawIcon(options: IconOptions): Promise<Buffer> {
  const { size, background, logo, maskable = false } = options;
  if (logo) {
    try {
      const box = Math.round(size * LOGO_SHARE[maskable ? 'maskable' : 'any']);
      const [r, g, b] = parseHex(background);
      return await sharp({
        create: { width: size, height: size, channels: 3, background: { r, g, b } },
      })
        .composite([{ input: await fittedLogo(logo, box), gravity: 'centre' }])
        .png({ compressionLevel: 9 })
        .toBuffer();
    } catch (error) {
      options.warn?.(
        `The logo could not be drawn into the app icon (${error instanceof Error ? error.message : String(error)}); the icon shows the initial instead.`,
      );
    }
  }
  return sharp(initialPixels(options), { raw: { width: size, height: size, channels: 3 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

export interface AppIcon {
  fileName: string;
  sizes: string;
  purpose: 'any' | 'maskable';
}

/** The icons every town app has; a town overrides one by putting a file of that name in public/. */
export const APP_ICONS: readonly AppIcon[] = [
  { fileName: 'icons/icon-192.png', sizes: '192x192', purpose: 'any' },
  { fileName: 'icons/icon-512.png', sizes: '512x512', purpose: 'any' },
  { fileName: 'icons/icon-maskable-512.png', sizes: '512x512', purpose: 'maskable' },
];
