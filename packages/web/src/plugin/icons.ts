import { parseHex } from '@city-app/core';
import { encodePng } from './png.js';

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
  /** Maskable icons keep the letter inside the central safe zone (radius 40 %). */
  maskable?: boolean;
}

/** A square PNG: the town's colour with its initial in the text colour. */
export function drawIcon({
  size,
  background,
  foreground,
  name,
  maskable = false,
}: IconOptions): Buffer {
  const bg = parseHex(background);
  const fg = parseHex(foreground);
  const pixels = new Uint8Array(size * size * 3);
  for (let i = 0; i < size * size; i++) pixels.set(bg, i * 3);
  const letter = iconInitial(name);
  const rows = letter ? (GLYPHS[letter] as string).split(' ') : [];
  if (rows.length) {
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
  }
  return encodePng(size, size, pixels);
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
