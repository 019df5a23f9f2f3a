import { CityAppError } from '@city-app/core';
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

function failure(xml: string): CityAppError {
  try {
    parseFeed(xml);
  } catch (error) {
    if (error instanceof CityAppError) return error;
    throw error;
  }
  throw new Error('expected parseFeed to fail');
}

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
    expect(() => parseFeed('<rss version="2.0"/>')).toThrow(/<rss> has no <channel>/);
    expect(() => parseFeed('')).toThrow(/not well-formed/);
  });

  it('reads a long feed with many escaped characters', () => {
    const item = (i: number) =>
      `<item><guid>g${i}</guid><title>Meldung ${i} &amp; mehr</title><description>&lt;p&gt;${'Bus &amp; Bahn. '.repeat(20)}&lt;/p&gt;</description></item>`;
    const items = parseFeed(
      `<rss><channel>${Array.from({ length: 500 }, (_, i) => item(i)).join('')}</channel></rss>`,
    );
    expect(items).toHaveLength(500);
    expect(items[499]?.title).toBe('Meldung 499 & mehr');
  });

  it('refuses XML that is not well-formed, naming the file, the line and the column', () => {
    const mismatch = failure('<rss>\n<channel><item></channel></rss>');
    expect(mismatch).toMatchObject({ code: 'invalid_feed', field: 'file' });
    expect(mismatch.message).toMatch(/line 2, column \d+: .*'item'.*'channel'/);
    expect(failure('<rss><channel>').message).toMatch(/not well-formed at line 1/);
    expect(failure('<rss><channel><title>a < b</title></channel></rss>').code).toBe('invalid_feed');
  });

  it('tells a German reader in German what is wrong and what to give instead', () => {
    const german = failure('<html><body/></html>').toJSON('de');
    expect(german).toMatchObject({
      code: 'invalid_feed',
      title: 'Kein lesbarer Feed',
      message: 'Das Wurzelelement der Datei ist <html>, nicht <rss> oder <feed>.',
      field: 'file',
    });
    expect(german.hint).toMatch(
      /RSS-2\.0-Datei .* oder in der Kodierung, die ihre XML-Deklaration nennt/,
    );
    expect(failure('<rss version="2.0"/>').render('de').message).toBe('<rss> hat kein <channel>.');
    expect(failure('<rss>\n<channel><item></channel></rss>').render('de').message).toMatch(
      /^Das XML ist in Zeile 2, Spalte \d+ nicht wohlgeformt: /,
    );
  });

  it('keeps umlauts of a feed that declares ISO-8859-1 once its bytes are decoded', () => {
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><guid>bzb-50</guid><title>Fähre über die Elbe</title><description>Straße frei ab Montag</description></item></channel></rss>',
      'latin1',
    );
    // What `city-app import` does for a file that declares its encoding.
    const [item] = parseFeed(new TextDecoder('iso-8859-1').decode(bytes));
    expect(item).toMatchObject({ title: 'Fähre über die Elbe', summary: 'Straße frei ab Montag' });
  });

  it('bounds entity expansion: billion laughs stays small, wide expansion and external entities are refused', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`;
    const started = performance.now();
    // Entities inside entities are not expanded: the title stays the reference.
    expect(parseFeed(laughs)[0]?.title).toBe('&lol9;');
    expect(performance.now() - started).toBeLessThan(1000);
    const wide = `<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(9_000)}">]><rss><channel><item><title>${'&a;'.repeat(50)}</title></item></channel></rss>`;
    expect(failure(wide).message).toMatch(/cannot be read/);
    const external =
      '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>';
    expect(failure(external).code).toBe('invalid_feed');
  });

  it('reads Atom xhtml content and prefixed RSS elements (dc:date, atom:link)', () => {
    const [entry] = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id>
      <title>Markt</title><link href="https://amt.example/markt"/>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Obst &amp; Gemüse</p><p>Jeden Freitag</p></div></content>
    </entry></feed>`);
    expect(entry).toMatchObject({
      link: 'https://amt.example/markt',
      content: 'Obst & Gemüse\n\nJeden Freitag',
      summary: 'Obst & Gemüse\n\nJeden Freitag',
    });
    const [item] = parseFeed(
      `<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel><item><title>T</title><atom:link href="https://x.example/feed" rel="self"/>
        <link>https://x.example/t</link><dc:date>2026-03-05T08:00:00Z</dc:date></item></channel></rss>`,
    );
    expect(item).toMatchObject({
      link: 'https://x.example/t',
      publishedAt: '2026-03-05T08:00:00.000Z',
    });
  });

  it('turns HTML into plain text without markup', () => {
    expect(htmlToText('<p>A&nbsp;<script>x()</script>b<br/>c</p><ul><li>d</li></ul>')).toBe(
      'A b\nc\n\nd',
    );
  });
});
