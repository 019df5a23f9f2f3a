import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameOriginPage, isSameOriginPath, isWebLink } from './links.js';
import { validationMessage } from './messages.js';
import { sameOriginPage, sameOriginPath, webLink } from './schemas.js';

// What browsers read as another host, as code, or as hidden content.
const HOSTILE = [
  '//evil.example/x.jpg',
  '/\\evil.example/x.jpg',
  '\\\\evil.example\\x.jpg',
  '/\t/evil.example',
  '/ /evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' /bilder/x.jpg',
  '/bilder/x.jpg\u0000',
  '/bilder/x\n.jpg',
  '/bilder/x.jpg\u2028',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'bilder/x.jpg',
  'https://evil.example/x.jpg',
  '/bilder/%zz.jpg',
  '',
];

describe('same-origin paths', () => {
  it('accept real paths on this site', () => {
    for (const path of [
      '/bilder/rathaus.jpg',
      '/modules/experiment-space/3d-drucker.svg',
      '/x',
      '/a%20b.png',
    ])
      expect(isSameOriginPath(path), path).toBe(true);
  });

  it.each(HOSTILE)('refuse %j', (value) => {
    expect(isSameOriginPath(value)).toBe(false);
    expect(isSameOriginPage(value)).toBe(false);
  });

  it('refuse a query or fragment in an image path, but not in a page', () => {
    expect(isSameOriginPath('/bild.jpg?v=2')).toBe(false);
    expect(isSameOriginPage('/news/stadtfest?seite=2#kommentare')).toBe(true);
    expect(isSameOriginPage('/news?x=1 onload=alert(1)')).toBe(false);
  });

  it('never accept what a URL parser resolves to another origin', () => {
    const base = 'https://app.musterstadt.example';
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (tail) => {
        const value = `/${tail}`;
        if (!isSameOriginPage(value)) return true;
        return new URL(value, base).origin === base;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('web links', () => {
  it('accept http and https links with a host', () => {
    expect(isWebLink('https://www.hagenow.de/rathaus')).toBe(true);
    expect(isWebLink('http://example.org')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>',
    'ftp://example.org/file',
    '//example.org',
    'https://user:secret@example.org',
    'https://exa mple.org',
    'https://example.org/\u0000',
    'https:\\\\example.org',
    '/relative',
  ])('refuse %j', (value) => {
    expect(isWebLink(value)).toBe(false);
  });
});

describe('the schemas', () => {
  it('refuse with a reason the catalogue words in German and English', () => {
    for (const [schema, value, de, en] of [
      [
        sameOriginPath(),
        '//evil.example/x.jpg',
        /^Bitte einen Pfad auf dieser Website/,
        /^Please give a path/,
      ],
      [
        sameOriginPage(),
        'javascript:alert(1)',
        /^Bitte die Adresse einer Seite/,
        /^Please give the address of a page/,
      ],
      [webLink(), 'javascript:alert(1)', /^Bitte eine Webadresse/, /^Please give a web address/],
    ] as const) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      const issue = result.error?.issues[0];
      if (!issue) throw new Error('no issue');
      expect(validationMessage(issue, 'de')).toMatch(de);
      expect(validationMessage(issue, 'en')).toMatch(en);
    }
  });
});
