/** Larger logos stay an `<img>`: inline, every byte would be part of the app's script. */
const MAX_INLINE_BYTES = 8 * 1024;

/**
 * The header logo's markup when it can go into the page as it is: a small SVG with no
 * scripts, styles, ids, classes or references. An SVG shown by an `<img>` gets a document of
 * its own, which costs 15–25 ms of main-thread work as the app opens (measured in Chromium);
 * inline, it is a few more elements of the page. Anything else stays an `<img>`: the page's
 * Content-Security-Policy allows no inline styles, ids and classes could clash with the
 * page's own, and references would point at a different document.
 */
export function inlineLogo(svg: string): string | undefined {
  const markup = svg
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .trim();
  if (Buffer.byteLength(markup) > MAX_INLINE_BYTES) return undefined;
  if (!/^<svg\b[^>]*>[\s\S]*<\/svg>$/i.test(markup) || /<svg\b/i.test(markup.slice(4))) {
    return undefined;
  }
  if (/<(script|style|foreignObject|image|use|a|iframe)\b/i.test(markup)) return undefined;
  if (/\s(style|id|class|on[a-z]+|href|xlink:href|src)\s*=/i.test(markup)) return undefined;
  if (/url\s*\(/i.test(markup)) return undefined;
  // Entities a DOCTYPE declared would not be known in the page; XML's own five and numbers are.
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(markup)) return undefined;
  return markup;
}
