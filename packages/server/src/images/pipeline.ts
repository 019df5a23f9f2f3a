import sharp, { type Metadata } from 'sharp';

/** The formats a browser or phone camera writes that we take; everything else is refused. */
export const ACCEPTED_IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;

/** What a caller allows before anything is decoded. */
export interface ImageLimits {
  maxBytes: number;
  /** Checked from the header, before decoding: refuses decompression bombs. */
  maxMegapixels: number;
}

/** Why an image was refused; each caller words it from its own error catalogue. */
export type ImageRefusal =
  | { reason: 'too_large'; size: number; max: number }
  | { reason: 'unreadable' }
  | { reason: 'type'; format: string }
  | { reason: 'too_many_pixels'; megapixels: number; max: number };

export class ImageRefused extends Error {
  constructor(readonly refusal: ImageRefusal) {
    super(`image refused: ${refusal.reason}`);
    this.name = 'ImageRefused';
  }
}

/** One stored size of an image: re-encoded, without any metadata. */
export interface Rendition {
  bytes: Buffer;
  contentType: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

/** How a rendition is made: the box it must fit in (never enlarged) and its encoding. */
export interface RenditionSpec {
  width: number;
  /** Leave out to bound only the width (for `srcset` widths). */
  height?: number;
  /** JPEG has no transparency: a transparent ground becomes white. WebP keeps it. */
  format: 'jpeg' | 'webp';
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
// Damaged files fail instead of being half decoded; the pixel limit is ours, checked first.
const DECODE = { failOn: 'error', limitInputPixels: false } as const;

/**
 * Checks an image before it is decoded: its size in bytes, its real format (read from the
 * bytes, not from a name or a header the sender chose) and its pixel count. Answers its
 * upright size, after the EXIF orientation is applied.
 */
export async function checkImage(
  input: Buffer,
  limits: ImageLimits,
): Promise<{ width: number; height: number }> {
  if (input.length > limits.maxBytes) {
    throw new ImageRefused({
      reason: 'too_large',
      size: megabytes(input.length),
      max: megabytes(limits.maxBytes),
    });
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(input, DECODE).metadata();
  } catch {
    throw new ImageRefused({ reason: 'unreadable' });
  }
  const format = metadata.format;
  if (!format || !(ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(format)) {
    throw new ImageRefused({ reason: 'type', format: format ?? '?' });
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > limits.maxMegapixels * 1_000_000) {
    throw new ImageRefused({
      reason: 'too_many_pixels',
      megapixels: Math.round(pixels / 1_000_000),
      max: limits.maxMegapixels,
    });
  }
  return { width: metadata.autoOrient.width, height: metadata.autoOrient.height };
}

/**
 * Makes the renditions of a checked image: upright by its EXIF orientation, shrunk into each
 * box, converted to sRGB and encoded anew. sharp writes no metadata unless asked, so EXIF
 * (camera, time, GPS position), XMP, IPTC and the ICC profile are gone before anything is
 * stored; the tests read the result with an independent EXIF reader to hold that.
 */
export async function renderImage(
  input: Buffer,
  specs: readonly RenditionSpec[],
): Promise<Rendition[]> {
  try {
    const upright = sharp(input, DECODE).autoOrient();
    return await Promise.all(
      specs.map(async (spec) => {
        let pipeline = upright
          .clone()
          .resize({
            width: spec.width,
            height: spec.height,
            fit: 'inside',
            withoutEnlargement: true,
          })
          .toColourspace('srgb');
        pipeline =
          spec.format === 'jpeg'
            ? pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true })
            : pipeline.webp({ quality: 80 });
        const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
        return {
          bytes: data,
          contentType: spec.format === 'jpeg' ? 'image/jpeg' : 'image/webp',
          width: info.width,
          height: info.height,
        } satisfies Rendition;
      }),
    );
  } catch {
    throw new ImageRefused({ reason: 'unreadable' });
  }
}
