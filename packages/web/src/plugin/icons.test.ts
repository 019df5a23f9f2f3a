import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawIcon, iconInitial } from './icons.js';

/** Decodes a PNG and reads the RGB of one pixel. */
async function pixelOf(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
}

const TOWN = { background: '#8a1538', foreground: '#ffffff', name: 'Hagenow' };
// A logo that fills its box: red, with a green square in its centre.
const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#ff0000"/><rect x="24" y="24" width="16" height="16" fill="#00ff00"/></svg>',
);

describe('drawIcon', () => {
  it('fills the town colour and draws the initial in the text colour', async () => {
    const png = await drawIcon({ size: 192, ...TOWN });
    const { width, height, format } = await sharp(png).metadata();
    expect([format, width, height]).toEqual(['png', 192, 192]);
    expect(await pixelOf(png, 0, 0)).toEqual([0x8a, 0x15, 0x38]);
    // "H": the left stem runs down the letter's left edge at mid-height.
    const scale = Math.floor((192 * 0.5) / 7);
    const left = Math.floor((192 - 5 * scale) / 2);
    expect(await pixelOf(png, left + 1, 96)).toEqual([255, 255, 255]);
  });

  it('draws an SVG logo sharp, centred on the town colour, smaller on a maskable icon', async () => {
    const any = await drawIcon({ size: 512, ...TOWN, logo: LOGO });
    expect(await pixelOf(any, 256, 256)).toEqual([0, 255, 0]);
    expect(await pixelOf(any, 5, 5)).toEqual([0x8a, 0x15, 0x38]);
    // 80 % of 512 is 410 pixels: the logo's edge sits 51 pixels in, crisp (no blurred rim).
    expect(await pixelOf(any, 52, 256)).toEqual([255, 0, 0]);
    expect(await pixelOf(any, 50, 256)).toEqual([0x8a, 0x15, 0x38]);
    const maskable = await drawIcon({ size: 512, ...TOWN, logo: LOGO, maskable: true });
    // 56 % is 287 pixels: everything outside the safe zone's square is the town colour.
    expect(await pixelOf(maskable, 100, 256)).toEqual([0x8a, 0x15, 0x38]);
    expect(await pixelOf(maskable, 120, 256)).toEqual([255, 0, 0]);
  });

  it('draws the initial and says why when the logo cannot be read', async () => {
    const warnings: string[] = [];
    const png = await drawIcon({
      size: 192,
      ...TOWN,
      logo: Buffer.from('<svg'),
      warn: (m) => warnings.push(m),
    });
    expect(await pixelOf(png, 0, 0)).toEqual([0x8a, 0x15, 0x38]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^The logo could not be drawn into the app icon/);
  });

  it('takes the first letter, umlauts as their base letter', () => {
    expect(iconInitial('Ückeritz')).toBe('U');
    expect(iconInitial('HageNOW!')).toBe('H');
    expect(iconInitial('123')).toBeUndefined();
  });
});
