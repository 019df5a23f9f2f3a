import { describe, expect, it } from 'vitest';
import { htmlToText, parseFeed } from './feed-parse.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Stadt Boizenburg/Elbe</title>
    <!-- a comment with <item> inside -->
    <item>
      <title>Elbbrücke: Sperrung &amp; Umleitung</title>
      <link>https://www.boizenburg.de/aktuelles/elbbruecke</link>
      <guid isPermaLink="false">bzb-2026-041</guid>
      <pubDate>Tue, 03 Mar 2026 09:30:00 +0100</pubDate>
      <category>Baustellen</category>
      <description>&lt;p&gt;Die Brücke ist &lt;b&gt;gesperrt&lt;/b&gt;.&lt;/p&gt;</description>
      <content:encoded><![CDATA[<p>Die Brücke ist gesperrt.</p><p>Umleitung über die B5.</p>]]></content:encoded>
    </item>
    <item>
      <title>Fliesenmuseum öffnet</title>
      <link>https://www.boizenburg.de/aktuelles/fliesenmuseum</link>
      <description>Ab Samstag wieder geöffnet.</description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Amt Boizenburg-Land</title>
  <entry>
    <id>urn:uuid:6f1c0b5e-3a1b-4d5e-9c1a-2b3c4d5e6f70</id>
    <title type="html">Sprechstunde &lt;b&gt;verlegt&lt;/b&gt;</title>
    <link rel="alternate" href="https://amt.example/sprechstunde"/>
    <link rel="self" href="https://amt.example/feed"/>
    <updated>2026-03-05T08:00:00Z</updated>
    <category term="Rathaus"/>
    <summary>Die Sprechstunde ist am Donnerstag.</summary>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: guid, text without HTML, date, categories', () => {
    const [first, second] = parseFeed(RSS);
    expect(first).toEqual({
      key: 'bzb-2026-041',
      title: 'Elbbrücke: Sperrung & Umleitung',
      summary: 'Die Brücke ist gesperrt.',
      content: 'Die Brücke ist gesperrt.\n\nUmleitung über die B5.',
      link: 'https://www.boizenburg.de/aktuelles/elbbruecke',
      publishedAt: '2026-03-03T08:30:00.000Z',
      categories: ['Baustellen'],
    });
    // No guid: the link is the key.
    expect(second?.key).toBe('https://www.boizenburg.de/aktuelles/fliesenmuseum');
    expect(second?.publishedAt).toBeUndefined();
  });

  it('reads Atom entries: id, alternate link, updated, category terms', () => {
    expect(parseFeed(ATOM)).toEqual([
      {
        key: 'urn:uuid:6f1c0b5e-3a1b-4d5e-9c1a-2b3c4d5e6f70',
        title: 'Sprechstunde verlegt',
        summary: 'Die Sprechstunde ist am Donnerstag.',
        content: 'Die Sprechstunde ist am Donnerstag.',
        link: 'https://amt.example/sprechstunde',
        publishedAt: '2026-03-05T08:00:00.000Z',
        categories: ['Rathaus'],
      },
    ]);
  });

  it('refuses what is not a feed, saying what it found', () => {
    expect(() => parseFeed('<html><body/></html>')).toThrow(/root element is <html>/);
    expect(() => parseFeed('<rss><channel><item></channel></rss>')).toThrow(/closes <item>/);
    expect(() => parseFeed('<rss><channel>')).toThrow(/never closed/);
  });

  it('turns HTML into plain text without markup', () => {
    expect(htmlToText('<p>A&nbsp;<script>x()</script>b<br/>c</p><ul><li>d</li></ul>')).toBe(
      'A b\nc\n\nd',
    );
  });
});
