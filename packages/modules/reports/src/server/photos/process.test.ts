import { cameraJpeg } from '@city-app/server/testing';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_SIDE, processPhoto } from './process.js';

describe('a resident’s photo before it is stored', () => {
  it('loses its GPS position, camera data and colour profile, and is at most 1600 px', async () => {
    const input = await cameraJpeg();
    const before = await exifr.parse(input, { gps: true, icc: true, xmp: true });
    expect(before.latitude).toBeCloseTo(53.425, 3);
    expect(before.Make).toBe('Hagenow Camera Works');

    const stored = await processPhoto(input);
    expect(stored.contentType).toBe('image/jpeg');
    expect(Math.max(stored.width, stored.height)).toBe(MAX_PHOTO_SIDE);
    // An independent reader finds nothing: no EXIF, no GPS, no XMP, no ICC profile.
    expect(await exifr.parse(stored.bytes, true)).toBeUndefined();
    expect(await exifr.gps(stored.bytes)).toBeUndefined();
    const meta = await sharp(stored.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.space).toBe('srgb');
  });

  it('turns the photo upright by its orientation before the tag goes', async () => {
    // Orientation 6: the camera was turned; the picture is 300 wide and 200 high as stored.
    const turned = await cameraJpeg(300, 200, 6);
    expect((await exifr.parse(turned)).Orientation).toMatch(/90/);
    const stored = await processPhoto(turned);
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 200, height: 300 });
  });

  it('keeps a small photo small, and takes PNG and WebP', async () => {
    const png = await sharp({
      create: { width: 120, height: 80, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const fromPng = await processPhoto(png);
    expect([fromPng.width, fromPng.height]).toEqual([120, 80]);
    // The transparent ground becomes white, not black.
    const { data } = await sharp(fromPng.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
    const webp = await sharp(png).webp().toBuffer();
    expect((await processPhoto(webp)).width).toBe(120);
  });

  it('refuses what is no photo, another format, and too many bytes, naming the field', async () => {
    await expect(processPhoto(Buffer.from('not an image at all'))).rejects.toMatchObject({
      code: 'reports_photo_unreadable',
      field: 'photo',
    });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    await expect(processPhoto(gif)).rejects.toMatchObject({
      code: 'reports_photo_type',
      field: 'photo',
    });
    await expect(processPhoto(Buffer.alloc(15 * 1024 * 1024 + 1))).rejects.toMatchObject({
      code: 'reports_photo_too_large',
      status: 413,
    });
    // A truncated JPEG is damaged, not half stored.
    const cut = (await cameraJpeg(400, 300)).subarray(0, 2000);
    await expect(processPhoto(cut)).rejects.toMatchObject({ code: 'reports_photo_unreadable' });
  });
});
