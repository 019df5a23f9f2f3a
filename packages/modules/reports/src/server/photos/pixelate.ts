import sharp from 'sharp';
import type { Redaction } from '../../api/photo-redaction.js';

/** At most this many blocks across an area's longer side: a face or a plate is not readable. */
const BLOCKS = 8;

/**
 * Replaces each area of a stored photo with coarse blocks of its own average colours, and
 * encodes the photo anew, again without metadata. Pixelating to eight blocks cannot be undone
 * (unlike a light blur), and the original is not kept.
 */
export async function pixelate(photo: Uint8Array, regions: Redaction['regions']): Promise<Buffer> {
  const image = sharp(photo);
  const { width = 0, height = 0 } = await image.metadata();
  const layers = await Promise.all(
    regions.map(async (region) => {
      const left = Math.min(width - 1, Math.floor(region.x * width));
      const top = Math.min(height - 1, Math.floor(region.y * height));
      const w = Math.max(1, Math.min(width - left, Math.ceil(region.width * width)));
      const h = Math.max(1, Math.min(height - top, Math.ceil(region.height * height)));
      const block = Math.max(1, Math.ceil(Math.max(w, h) / BLOCKS));
      const small = await sharp(photo)
        .extract({ left, top, width: w, height: h })
        .resize(Math.max(1, Math.round(w / block)), Math.max(1, Math.round(h / block)), {
          fit: 'fill',
        })
        .toBuffer();
      const input = await sharp(small).resize(w, h, { fit: 'fill', kernel: 'nearest' }).toBuffer();
      return { input, left, top };
    }),
  );
  return sharp(photo).composite(layers).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}
