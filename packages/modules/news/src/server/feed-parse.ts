import { CityAppError } from '@city-app/core';

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

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

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

function invalidFeed(message: string): CityAppError {
  return new CityAppError({
    code: 'invalid_feed',
    title: 'Not a readable feed',
    message,
    hint: 'Give an RSS 2.0 (<rss><channel><item>) or Atom (<feed><entry>) file in UTF-8.',
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A small XML reader, enough for feeds: elements, attributes, text, CDATA, entities. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, closing, name, attrText, selfClosing, text, stray] = match;
    const top = stack.at(-1) as XmlElement;
    if (stray) throw invalidFeed('The file has a "<" that starts no element.');
    if (cdata !== undefined) top.text += cdata;
    else if (text !== undefined) top.text += decodeEntities(text);
    else if (name) {
      if (closing) {
        if (top.name !== name) throw invalidFeed(`</${name}> closes <${top.name}>.`);
        stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR))
        attrs[a[1] as string] = decodeEntities(a[2] ?? a[3] ?? '');
      const element: XmlElement = { name, attrs, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw invalidFeed(`<${stack.at(-1)?.name}> is never closed.`);
  return root;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const child = (e: XmlElement, name: string) => e.children.find((c) => local(c.name) === name);
const children = (e: XmlElement, name: string) => e.children.filter((c) => local(c.name) === name);
const textOf = (e: XmlElement | undefined) => (e ? e.text.trim() : '');

/** Text of an HTML fragment: tags removed, paragraphs and line breaks kept as new lines. */
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
  const top = document.children[0];
  if (top && local(top.name) === 'rss') {
    const channel = child(top, 'channel');
    if (!channel) throw invalidFeed('<rss> has no <channel>.');
    return children(channel, 'item').map((item) => {
      const link = textOf(child(item, 'link')) || undefined;
      const summary = htmlToText(textOf(child(item, 'description')));
      const encoded = htmlToText(textOf(child(item, 'encoded')));
      return {
        key: textOf(child(item, 'guid')) || link || textOf(child(item, 'title')),
        title: htmlToText(textOf(child(item, 'title'))),
        summary,
        content: encoded || summary,
        ...(link ? { link } : {}),
        ...withDate(isoDate(textOf(child(item, 'pubDate')) || textOf(child(item, 'date')))),
        categories: children(item, 'category').map(textOf).filter(Boolean),
      };
    });
  }
  if (top && local(top.name) === 'feed') {
    return children(top, 'entry').map((entry) => {
      const links = children(entry, 'link');
      const alternate = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate');
      const link = alternate?.attrs.href || undefined;
      const summary = htmlToText(textOf(child(entry, 'summary')));
      const content = htmlToText(textOf(child(entry, 'content')));
      return {
        key: textOf(child(entry, 'id')) || link || textOf(child(entry, 'title')),
        title: htmlToText(textOf(child(entry, 'title'))),
        summary: summary || content,
        content: content || summary,
        ...(link ? { link } : {}),
        ...withDate(isoDate(textOf(child(entry, 'published')) || textOf(child(entry, 'updated')))),
        categories: children(entry, 'category')
          .map((c) => c.attrs.term ?? '')
          .filter(Boolean),
      };
    });
  }
  throw invalidFeed(`The file's root element is <${top?.name ?? 'nothing'}>, not <rss> or <feed>.`);
}

function withDate(publishedAt: string | undefined): { publishedAt?: string } {
  return publishedAt ? { publishedAt } : {};
}
