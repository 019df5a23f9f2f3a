/** A value of an Open311 answer: text, a number, a flag, nothing, or nested elements. */
type XmlScalar = string | number | boolean | null | undefined;
export type XmlValue = XmlScalar | XmlElement | (XmlScalar | XmlElement)[];
export interface XmlElement {
  [name: string]: XmlValue;
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab, newline, carriage return;
// lone surrogates; U+FFFE/U+FFFF): dropped rather than written into a broken document.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what XML 1.0 forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text as element content: markup characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

function element(name: string, value: XmlValue): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value === null || value === undefined) return `<${name}/>`;
  if (typeof value === 'object') {
    const inner = Object.entries(value)
      .map(([child, v]) => element(child, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/**
 * An XML document of element names the server chooses (never a resident's words) and values
 * that are escaped: `<root><item>…</item><item>…</item></root>`. An array repeats its
 * element, as Open311's lists do.
 */
export function xmlDocument(root: string, content: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, content)}`;
}
