/**
 * JSON for a `<script type="application/ld+json">` data block. JSON.stringify alone would
 * let a headline such as `</script><script>…` close the element, so `<`, `>` and `&` are
 * written as unicode escapes, which JSON parsers read back unchanged. U+2028/U+2029 are
 * escaped too, for older JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
