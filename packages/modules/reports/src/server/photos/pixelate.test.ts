import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pixelate } from './pixelate.js';

const WIDTH = 320;
const HEIGHT = 240;

/** A photo of pure noise, with GPS and camera tags: any detail left shows in the numbers. */
async function noisyPhoto() {
  return sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .withExif({ IFD0: { Make: 'Kamera', Model: 'Modell' } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

/** The standard deviation of the red channel in a square of `size` px at (left, top). */
async function spread(photo: Buffer, left: number, top: number, size = 8) {
  const red = await sharp(photo)
    .extract({ left, top, width: size, height: size })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const mean = red.reduce((sum, v) => sum + v, 0) / red.length;
  return Math.sqrt(red.reduce((sum, v) => sum + (v - mean) ** 2, 0) / red.length);
}

describe('pixelating parts of a photo', () => {
  it('turns each area into coarse blocks and leaves the rest, without metadata', async () => {
    const photo = await noisyPhoto();
    const done = await pixelate(photo, [{ x: 0.25, y: 0.25, width: 0.5, height: 0.5 }]);
    const meta = await sharp(done).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: WIDTH, height: HEIGHT });
    // The area (160 × 120 px) is blocks of 20 px: inside a block nearly one colour…
    expect(await spread(done, 86, 66)).toBeLessThan(8);
    expect(await spread(done, 206, 146)).toBeLessThan(8);
    // …while the noise outside is as it was.
    expect(await spread(done, 8, 8)).toBeGreaterThan(30);
    expect(await spread(photo, 86, 66)).toBeGreaterThan(30);
    expect(await exifr.parse(done)).toBeUndefined();
  });

  it('keeps areas at the photo’s edge inside it', async () => {
    const done = await pixelate(await noisyPhoto(), [{ x: 0.9, y: 0.9, width: 0.1, height: 0.1 }]);
    expect(await spread(done, WIDTH - 8, HEIGHT - 8, 4)).toBeLessThan(8);
  });
});
