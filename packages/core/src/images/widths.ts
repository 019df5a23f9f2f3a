/** The widths the kernel keeps of each uploaded image: phone, tablet and desktop columns. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

/** The widths kept of an image this wide: each standard width below it, then its own up to the largest. */
export function imageWidthsFor(width: number): number[] {
  const largest = Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1] ?? width);
  return [...IMAGE_WIDTHS.filter((w) => w < largest), largest];
}

/** Where the kernel serves stored images: the app's own origin, so `img-src 'self'` holds. */
export const IMAGES_PATH = '/images';

/** `/images/<id>-<width>.webp`: the address of one width of a stored image. */
export function storedImageUrl(id: string, width: number): string {
  return `${IMAGES_PATH}/${id}-${width}.webp`;
}

const STORED = /^\/images\/([0-9a-f]{32})-(\d{1,4})\.webp$/;

/** Whether an address points into the kernel's image store (rather than a file of the app). */
export function isImageStorePath(url: string): boolean {
  return url.startsWith(`${IMAGES_PATH}/`);
}

/** The id and width an address of the image store names, or undefined for any other address. */
export function storedImageOf(url: string): { id: string; width: number } | undefined {
  const match = STORED.exec(url);
  return match ? { id: match[1] as string, width: Number(match[2]) } : undefined;
}

/**
 * The `srcset` of a stored image from the address of its largest width (what the upload
 * answers and content keeps), so a phone loads 480 px instead of 1600; undefined for any
 * other address.
 */
export function imageSrcSet(url: string | null | undefined): string | undefined {
  const stored = url ? storedImageOf(url) : undefined;
  if (!stored) return undefined;
  const { id, width } = stored;
  return imageWidthsFor(width)
    .map((w) => `${storedImageUrl(id, w)} ${w}w`)
    .join(', ');
}
