import { cityError } from '@city-app/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One item of an RSS 2.0 or Atom feed, as plain text. */
export interface FeedItem {
  /** Stable key: RSS guid, Atom id, else the link. */
  key: string;
  title: string;
  /** Summary as text (HTML removed). */
  summary: string;
  /** Full content as text (HTML removed); the summary when there is none. */
  content: string;
  link?: string;
  /** ISO date-time of publication, when the feed gives one. */
  publishedAt?: string;
  categories: string[];
}

/** An element as fast-xml-parser gives it: text, `@_` attributes, child elements by name. */
type XmlValue = string | XmlElement | XmlValue[];
interface XmlElement {
  [name: string]: XmlValue | undefined;
}

const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Entities of HTML inside a feed's text (escaped once by the XML, so left after parsing). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Every feed problem names the uploaded file as the field. */
const inFile = { field: 'file' } as const;

// Feeds need no entities of their own: those a DOCTYPE declares (billion laughs) are
// bounded here, entities inside them are not expanded, and external ones are refused.
// `appliesTo: 'external'` counts only declared entities, not the thousands of &amp; of a
// long feed; the parser reads it (5.12) though its types do not list it yet.
const ENTITY_LIMITS = {
  appliesTo: 'external',
  maxEntityCount: 100,
  maxEntitySize: 10_000,
  maxTotalExpansions: 1_000,
  maxExpandedLength: 100_000,
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Feeds use prefixes freely (content:encoded, dc:date, atom:link); the local name decides.
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // `&nbsp;` and other HTML names appear unescaped in real feeds; browsers read them too.
  htmlEntities: true,
  processEntities: ENTITY_LIMITS,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

/** A parsed XML document: its elements by (local) name. */
function parseXml(xml: string): XmlElement {
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    const { line, col, msg } = checked.err;
    // The parser's reason stays in its own (English) words.
    throw cityError('news_feed_not_well_formed', { line, column: col, reason: msg }, inFile);
  }
  try {
    return parser.parse(xml) as XmlElement;
  } catch (error) {
    // Limits of the entity expansion above, or an external entity.
    throw cityError('news_feed_unreadable', { reason: (error as Error).message }, inFile);
  }
}

const isElement = (value: XmlValue | undefined): value is XmlElement =>
  typeof value === 'object' && !Array.isArray(value);

function all(parent: XmlValue | undefined, name: string): XmlValue[] {
  const value = isElement(parent) ? parent[name] : undefined;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const child = (parent: XmlValue | undefined, name: string) => all(parent, name)[0];
const attr = (element: XmlValue | undefined, name: string) =>
  isElement(element) && typeof element[`@_${name}`] === 'string'
    ? (element[`@_${name}`] as string)
    : undefined;

/** The text of an element; of nested markup (Atom's xhtml content), every text in it. */
function textOf(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('\n\n');
  return Object.entries(value)
    .filter(([name]) => !name.startsWith('@_'))
    .map(([, inner]) => textOf(inner))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Text of an HTML fragment: tags removed, paragraphs and line breaks kept as new lines.
 * Hand-written on purpose: the result is plain text for a teaser and a body that Markdown
 * renders escaped, so no HTML is ever passed on and a sanitizer would guard nothing here.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6])>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isoDate(text: string): string | undefined {
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The items of an RSS 2.0 or Atom feed, in the feed's order. */
export function parseFeed(xml: string): FeedItem[] {
  const document = parseXml(xml.replace(/^\uFEFF/, ''));
  const rootName = Object.keys(document).find((name) => !name.startsWith('#'));
  const top = rootName === undefined ? undefined : document[rootName];
  if (rootName === 'rss') {
    const channel = child(top, 'channel');
    if (!isElement(channel)) throw cityError('news_feed_rss_without_channel', {}, inFile);
    return all(channel, 'item').map((item) => {
      // An <atom:link rel="self"/> of the same local name has no text: the first with text.
      const link = all(item, 'link').map(textOf).find(Boolean);
      const summary = htmlToText(textOf(child(item, 'description')));
      const encoded = htmlToText(textOf(child(item, 'encoded')));
      return {
        key: textOf(child(item, 'guid')) || link || textOf(child(item, 'title')),
        title: htmlToText(textOf(child(item, 'title'))),
        summary,
        content: encoded || summary,
        ...(link ? { link } : {}),
        ...withDate(isoDate(textOf(child(item, 'pubDate')) || textOf(child(item, 'date')))),
        categories: all(item, 'category').map(textOf).filter(Boolean),
      };
    });
  }
  if (rootName === 'feed') {
    return all(top, 'entry').map((entry) => {
      const links = all(entry, 'link');
      const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
      const link = attr(alternate, 'href') || undefined;
      const summary = htmlToText(textOf(child(entry, 'summary')));
      const content = htmlToText(textOf(child(entry, 'content')));
      return {
        key: textOf(child(entry, 'id')) || link || textOf(child(entry, 'title')),
        title: htmlToText(textOf(child(entry, 'title'))),
        summary: summary || content,
        content: content || summary,
        ...(link ? { link } : {}),
        ...withDate(isoDate(textOf(child(entry, 'published')) || textOf(child(entry, 'updated')))),
        categories: all(entry, 'category')
          .map((c) => attr(c, 'term') ?? '')
          .filter(Boolean),
      };
    });
  }
  throw cityError(
    'news_feed_unknown_root',
    { root: rootName ?? { de: 'nichts', en: 'nothing' } },
    inFile,
  );
}

function withDate(publishedAt: string | undefined): { publishedAt?: string } {
  return publishedAt ? { publishedAt } : {};
}
