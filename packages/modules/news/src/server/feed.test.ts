import { describe, expect, it } from 'vitest';
import { ATOM, parseXml } from '../../test/xml.js';
import { atomFeed, escapeXml, type FeedArticle } from './feed.js';

const site = {
  origin: 'https://app.hagenow.de',
  webPath: '/news',
  selfUrl: 'https://app.hagenow.de/api/news/feed.atom',
  title: 'HageNOW! – Aktuelles',
  author: 'Stadt Hagenow',
  now: new Date('2025-03-05T12:00:00Z'),
};

const article: FeedArticle = {
  id: '8d7a3c0e-4a43-4e55-9a51-0c3f2b8e1a10',
  slug: 'markt-fest',
  title: 'Markt & Fest <jetzt> "live"',
  teaser: "Bürger's Treff \u0001 am Markt",
  category: 'Veranstaltungen',
  imageUrl: '/bilder/markt.jpg',
  bodyHtml:
    '<p>Mehr <a href="/veranstaltungen">hier</a> &amp; <a href="https://example.org">dort</a></p>\n',
  publishedAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-02T10:00:00.000Z',
};

describe('atomFeed', () => {
  it('produces well-formed Atom with escaped text and absolute links', () => {
    const doc = parseXml(atomFeed([article], site));
    const feed = doc.documentElement;
    expect(feed?.namespaceURI).toBe(ATOM);
    expect(feed?.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent).toBe(
      'HageNOW! – Aktuelles',
    );
    expect(feed?.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent).toBe(
      '2025-03-02T10:00:00.000Z',
    );
    const entry = feed?.getElementsByTagNameNS(ATOM, 'entry')[0];
    expect(entry?.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent).toBe(
      'Markt & Fest <jetzt> "live"',
    );
    expect(entry?.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent).toBe(
      "Bürger's Treff  am Markt",
    );
    expect(entry?.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent).toBe(
      `urn:uuid:${article.id}`,
    );
    const links = [...(entry?.getElementsByTagNameNS(ATOM, 'link') ?? [])].map((l) => [
      l.getAttribute('rel'),
      l.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['alternate', 'https://app.hagenow.de/news/markt-fest'],
      ['enclosure', 'https://app.hagenow.de/bilder/markt.jpg'],
    ]);
    const content = entry?.getElementsByTagNameNS(ATOM, 'content')[0]?.textContent;
    expect(content).toContain(
      '<a href="https://app.hagenow.de/veranstaltungen">hier</a> &amp; <a href="https://example.org">dort</a>',
    );
  });

  it('is valid without articles and dates itself at "now"', () => {
    const doc = parseXml(atomFeed([], site));
    expect(doc.documentElement?.getElementsByTagNameNS(ATOM, 'entry').length).toBe(0);
    expect(doc.documentElement?.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent).toBe(
      '2025-03-05T12:00:00.000Z',
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a b="c" d='e'>&</a>\u0000\u0008\uFFFE`)).toBe(
      '&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeXml('Tab\tund 😀')).toBe('Tab\tund 😀');
  });
});
