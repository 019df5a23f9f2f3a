import sharp from 'sharp';
import { MAX_PHOTO_BYTES } from '../../api/public-report.js';
import { photoError } from '../../errors/photos.js';

/** The longest side of a stored photo: enough to see a pothole, small enough to keep. */
export const MAX_PHOTO_SIDE = 1600;
/** More pixels than any phone camera takes; refuses decompression bombs before decoding. */
export const MAX_INPUT_MEGAPIXELS = 50;
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

/** A photo as it is stored: re-encoded, without any metadata. */
export interface StoredPhoto {
  bytes: Buffer;
  contentType: 'image/jpeg';
  width: number;
  height: number;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Makes a resident's photo safe to keep: checks size and type, turns it upright by its EXIF
 * orientation, shrinks it to at most 1600 px, converts it to sRGB and encodes it anew as JPEG.
 * sharp writes no metadata unless asked, so EXIF (camera, time, GPS position), XMP, IPTC and
 * the ICC profile are all gone before anything is stored; the tests read the result with an
 * independent EXIF reader to hold that.
 */
export async function processPhoto(input: Buffer): Promise<StoredPhoto> {
  if (input.length > MAX_PHOTO_BYTES) {
    throw photoError(
      'reports_photo_too_large',
      { size: megabytes(input.length), max: megabytes(MAX_PHOTO_BYTES) },
      { field: 'photo' },
    );
  }
  const options = { failOn: 'error', limitInputPixels: false } as const;
  let format: string | undefined;
  let pixels = 0;
  try {
    const metadata = await sharp(input, options).metadata();
    format = metadata.format;
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  } catch {
    throw photoError('reports_photo_unreadable', {}, { field: 'photo' });
  }
  if (!format || !ACCEPTED.has(format)) {
    throw photoError('reports_photo_type', { format: format ?? '?' }, { field: 'photo' });
  }
  if (pixels > MAX_INPUT_MEGAPIXELS * 1_000_000) {
    throw photoError(
      'reports_photo_too_many_pixels',
      { megapixels: Math.round(pixels / 1_000_000), max: MAX_INPUT_MEGAPIXELS },
      { field: 'photo' },
    );
  }
  try {
    const { data, info } = await sharp(input, options)
      .autoOrient()
      .resize({
        width: MAX_PHOTO_SIDE,
        height: MAX_PHOTO_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      // A transparent PNG gets a white ground instead of black.
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/jpeg', width: info.width, height: info.height };
  } catch {
    throw photoError('reports_photo_unreadable', {}, { field: 'photo' });
  }
}
