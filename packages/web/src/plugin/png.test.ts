import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, iconInitial } from './icons.js';
import { crc32, encodePng } from './png.js';

interface PngChunk {
  type: string;
  data: Buffer;
}

/** Reads a PNG back: signature, chunks with their CRCs checked. */
function decodeChunks(png: Buffer): PngChunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('ascii');
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    expect(crc, `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    chunks.push({ type, data });
    offset += 12 + length;
  }
  return chunks;
}

function pixel(png: Buffer, x: number, y: number): [number, number, number] {
  const chunks = decodeChunks(png);
  const width = chunks[0]?.data.readUInt32BE(0) ?? 0;
  const raw = inflateSync(
    Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)),
  );
  const start = y * (width * 3 + 1) + 1 + x * 3;
  return [raw[start] ?? -1, raw[start + 1] ?? -1, raw[start + 2] ?? -1];
}

describe('crc32', () => {
  it('matches the reference value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('encodePng', () => {
  it('writes IHDR, IDAT and IEND with valid CRCs', () => {
    const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 0, 0, 255]));
    const chunks = decodeChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0]?.data as Buffer;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[12]]).toEqual([
      2, 1, 8, 2, 0,
    ]);
    expect(pixel(png, 0, 0)).toEqual([255, 0, 0]);
    expect(pixel(png, 1, 0)).toEqual([0, 0, 255]);
  });

  it('refuses pixel data of the wrong size, saying what it expected', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(
      'Expected 12 bytes of RGB pixels for 2×2, got 3.',
    );
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive whole width and height/);
  });
});

describe('drawIcon', () => {
  it('fills the town colour and draws the initial in the text colour', () => {
    const png = drawIcon({
      size: 192,
      background: '#8a1538',
      foreground: '#ffffff',
      name: 'Hagenow',
    });
    const ihdr = decodeChunks(png)[0]?.data as Buffer;
    expect(ihdr.readUInt32BE(0)).toBe(192);
    expect(pixel(png, 0, 0)).toEqual([0x8a, 0x15, 0x38]);
    // "H": the left stem runs down the letter's left edge at mid-height.
    const scale = Math.floor((192 * 0.5) / 7);
    const left = Math.floor((192 - 5 * scale) / 2);
    expect(pixel(png, left + 1, 96)).toEqual([255, 255, 255]);
  });

  it('takes the first letter, umlauts as their base letter', () => {
    expect(iconInitial('Ückeritz')).toBe('U');
    expect(iconInitial('HageNOW!')).toBe('H');
    expect(iconInitial('123')).toBeUndefined();
  });
});
