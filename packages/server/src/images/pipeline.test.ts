import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cameraJpeg, claimedLargePng } from './camera-photo.js';
import { checkImage, ImageRefused, renderImage } from './pipeline.js';

const LIMITS = { maxBytes: 15 * 1024 * 1024, maxMegapixels: 50 };

/** The chunks of a WebP file (RIFF), read by hand: EXIF, XMP and ICC would be chunks of their own. */
function webpChunks(bytes: Buffer): string[] {
  expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
  const chunks: string[] = [];
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = bytes.readUInt32LE(at + 4);
    chunks.push(bytes.toString('latin1', at, at + 4));
    at += 8 + size + (size % 2);
  }
  return chunks;
}

async function refusalOf(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageRefused);
  return (error as ImageRefused).refusal;
}

describe('the image pipeline', () => {
  it('answers the upright size, and renders each width without metadata, in sRGB', async () => {
    const turned = await cameraJpeg(900, 600, 6);
    expect(await checkImage(turned, LIMITS)).toEqual({ width: 600, height: 900 });
    const renditions = await renderImage(turned, [
      { width: 480, format: 'webp' },
      { width: 600, format: 'webp' },
      { width: 400, height: 400, format: 'jpeg' },
    ]);
    expect(renditions.map((r) => [r.contentType, r.width, r.height])).toEqual([
      ['image/webp', 480, 720],
      ['image/webp', 600, 900],
      ['image/jpeg', 267, 400],
    ]);
    // exifr reads JPEG, not WebP: the JPEG by exifr, the WebP by its chunks, both by sharp.
    expect(await exifr.parse(turned, true)).toMatchObject({ Make: 'Hagenow Camera Works' });
    expect(await exifr.parse(renditions[2]?.bytes as Buffer, true)).toBeUndefined();
    expect(await exifr.gps(renditions[2]?.bytes as Buffer)).toBeUndefined();
    for (const r of renditions.slice(0, 2)) {
      expect(
        webpChunks(r.bytes).filter((c) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(c)),
      ).toEqual([]);
    }
    for (const r of renditions) {
      const meta = await sharp(r.bytes).metadata();
      expect([meta.exif, meta.icc, meta.xmp, meta.space]).toEqual([
        undefined,
        undefined,
        undefined,
        'srgb',
      ]);
    }
  });

  it('keeps transparency in WebP and gives JPEG a white ground', async () => {
    const clear = await sharp({
      create: { width: 40, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const [webp, jpeg] = await renderImage(clear, [
      { width: 40, format: 'webp' },
      { width: 40, format: 'jpeg' },
    ]);
    expect((await sharp(webp?.bytes).metadata()).hasAlpha).toBe(true);
    const { data } = await sharp(jpeg?.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
  });

  it('refuses too many bytes, other formats, damaged files and too many pixels, before decoding', async () => {
    expect(await refusalOf(checkImage(Buffer.alloc(LIMITS.maxBytes + 1), LIMITS))).toEqual({
      reason: 'too_large',
      size: 15,
      max: 15,
    });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect(await refusalOf(checkImage(gif, LIMITS))).toEqual({ reason: 'type', format: 'gif' });
    expect(await refusalOf(checkImage(Buffer.from('<svg/>'), LIMITS))).toEqual({
      reason: 'unreadable',
    });
    // Refused from the header, never decoded.
    const bomb = await claimedLargePng();
    expect(await refusalOf(checkImage(bomb, LIMITS))).toEqual({
      reason: 'too_many_pixels',
      megapixels: 60,
      max: 50,
    });
    const cut = (await cameraJpeg(400, 300)).subarray(0, 2000);
    expect(await refusalOf(renderImage(cut, [{ width: 480, format: 'webp' }]))).toEqual({
      reason: 'unreadable',
    });
  });
});
