// The limits of an article's fields, without the schema: the editor screens check them
// without loading the validation library (whose schemas would probe eval, which the app's
// Content-Security-Policy refuses).

export const LIMITS = {
  title: 160,
  teaser: 300,
  body: 50_000,
  imageAlt: 300,
  imageUrl: 2000,
} as const;

/**
 * A path on this site (`/bilder/x.jpg`), never `//host` or a scheme: images from other hosts
 * would let them follow residents (and the CSP's img-src refuses them).
 */
export function isAllowedImageUrl(url: string): boolean {
  return url.startsWith('/') && !/^\/[/\\]/.test(url) && !/[\s\\]/.test(url);
}
