import {
  checkImage,
  type ImageRefusal,
  ImageRefused,
  type Rendition,
  renderImage,
} from '@city-app/server';
import { MAX_PHOTO_BYTES } from '../../api/public-report.js';
import { photoError } from '../../errors/photos.js';

/** The longest side of a stored photo: enough to see a pothole, small enough to keep. */
export const MAX_PHOTO_SIDE = 1600;
/** More pixels than any phone camera takes; refuses decompression bombs before decoding. */
export const MAX_INPUT_MEGAPIXELS = 50;

/** A photo as it is stored: re-encoded, without any metadata. */
export type StoredPhoto = Rendition & { contentType: 'image/jpeg' };

/** The kernel's refusal, worded from this module's catalogue; the field is always `photo`. */
function refusal(why: ImageRefusal) {
  const extra = { field: 'photo' };
  switch (why.reason) {
    case 'too_large':
      return photoError('reports_photo_too_large', { size: why.size, max: why.max }, extra);
    case 'type':
      return photoError('reports_photo_type', { format: why.format }, extra);
    case 'too_many_pixels':
      return photoError(
        'reports_photo_too_many_pixels',
        { megapixels: why.megapixels, max: why.max },
        extra,
      );
    case 'unreadable':
      return photoError('reports_photo_unreadable', {}, extra);
  }
}

/**
 * Makes a resident's photo safe to keep with the kernel's image pipeline: checked, upright,
 * at most 1600 px on its longest side, sRGB, JPEG (what Open311 clients expect), and no
 * metadata at all (EXIF with the GPS position, XMP, IPTC, ICC profile).
 */
export async function processPhoto(input: Buffer): Promise<StoredPhoto> {
  try {
    await checkImage(input, { maxBytes: MAX_PHOTO_BYTES, maxMegapixels: MAX_INPUT_MEGAPIXELS });
    const [photo] = await renderImage(input, [
      { width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, format: 'jpeg' },
    ]);
    if (!photo) throw new ImageRefused({ reason: 'unreadable' });
    return photo as StoredPhoto;
  } catch (error) {
    if (error instanceof ImageRefused) throw refusal(error.refusal);
    throw error;
  }
}
