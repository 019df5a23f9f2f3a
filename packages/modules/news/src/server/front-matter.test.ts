import { CityAppError } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.js';

function failure(text: string): CityAppError {
  try {
    parseFrontMatter(text, 'news/test.md');
  } catch (error) {
    if (error instanceof CityAppError) return error;
    throw error;
  }
  throw new Error('expected parseFrontMatter to fail');
}

describe('parseFrontMatter', () => {
  it('reads plain, double-quoted and single-quoted values and the body', () => {
    const doc = parseFrontMatter(
      [
        '---',
        'title: "Baustelle: Lange Straße \\"Nord\\""',
        "teaser: 'Ab Montag gesperrt, sagt''s Bauamt'",
        'category: Baustellen   # a comment',
        '',
        '# a full-line comment',
        'publishedAt: 2025-03-01',
        'image: /bilder/lange-strasse.jpg',
        'imageAlt: Bagger am Tor#1',
        '---',
        '',
        'Die **Lange Straße** ist gesperrt.',
        '',
      ].join('\n'),
      'news/a.md',
    );
    expect(doc.data).toEqual({
      title: 'Baustelle: Lange Straße "Nord"',
      teaser: "Ab Montag gesperrt, sagt's Bauamt",
      category: 'Baustellen',
      publishedAt: '2025-03-01',
      image: '/bilder/lange-strasse.jpg',
      imageAlt: 'Bagger am Tor#1',
    });
    expect(doc.body).toBe('Die **Lange Straße** ist gesperrt.\n');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const doc = parseFrontMatter('\uFEFF---\r\ntitle: Hallo\r\n---\r\nText', 'news/a.md');
    expect(doc.data.title).toBe('Hallo');
    expect(doc.body).toBe('Text');
  });

  it('decodes escapes in double quotes', () => {
    expect(parseFrontMatter('---\nt: "a\\tb\\u00e4\\\\"\n---\n', 'x.md').data.t).toBe('a\tbä\\');
  });

  it('keeps every value as written: booleans, dates and numbers stay text; block text is read', () => {
    const doc = parseFrontMatter(
      [
        '---',
        'sample: true',
        'publishedAt: 2025-03-01',
        'area: 0815',
        'teaser: >-',
        '  Ab Montag',
        '  gesperrt.',
        'title:',
        '---',
        'Text',
      ].join('\n'),
      'news/a.md',
    );
    expect(doc.data).toEqual({
      sample: 'true',
      publishedAt: '2025-03-01',
      area: '0815',
      teaser: 'Ab Montag gesperrt.',
      title: '',
    });
  });

  it.each([
    [
      'no opening line',
      'title: x\n---\n',
      /news\/test\.md, line 1: the file must begin with a line "---"/,
      undefined,
    ],
    [
      'no closing line',
      '---\ntitle: x\n',
      /news\/test\.md: the front matter is not closed/,
      undefined,
    ],
    [
      'a line without colon',
      '---\ntitle x\n---\n',
      /line 2: expected "key: value", found "title x"/,
      undefined,
    ],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n', /line 3: "title" appears twice/, 'title'],
    [
      'an unclosed quote',
      '---\ntitle: "abc\n---\n',
      /line 2: title: the quoted value has no closing quote/,
      'title',
    ],
    [
      'text after a quote',
      "---\nteaser: 'a' b\n---\n",
      /line 2: teaser: unexpected text "b"/,
      'teaser',
    ],
    [
      'a nested value',
      '---\nimage:\n  url: /x.png\n---\n',
      /line 2: image: lists and maps are not supported/,
      'image',
    ],
    [
      'a bad key',
      '---\nimage url: /x.png\n---\n',
      /line 2: "image url" is not a valid key/,
      'image url',
    ],
    [
      'a list value',
      '---\ncategory: [a, b]\n---\n',
      /category: lists and maps are not supported/,
      'category',
    ],
    ['a bad escape', '---\ntitle: "a\\qb"\n---\n', /unknown escape "\\q"/, 'title'],
    [
      'an alias',
      '---\ntitle: &t Markt\nteaser: *t\n---\n',
      /line 3: teaser: tags \(`!`\) and aliases \(`\*`\) are not supported/,
      'teaser',
    ],
    ['a tag', '---\nimage: !!binary aGFsbG8=\n---\n', /image: tags .* are not supported/, 'image'],
  ])('refuses %s with a message naming the file and line', (_name, text, message, field) => {
    const error = failure(text);
    expect(error.code).toBe('invalid_content');
    expect(error.message).toMatch(message);
    expect(error.field).toBe(field);
  });

  it('tells a German reader in German, and an English one in English', () => {
    const error = failure('---\ntitle: a\ntitle: b\n---\n');
    expect(error.toJSON('de')).toEqual({
      code: 'invalid_content',
      title: 'Ungültige Inhaltsdatei',
      message: 'news/test.md, Zeile 3: „title“ steht zweimal da; behalten Sie eine Zeile.',
      hint: 'Beginnen Sie die Datei mit einem Front-Matter-Block: eine Zeile „---“, dann Zeilen „Schlüssel: Wert“, dann „---“.',
      field: 'title',
    });
    expect(error.toJSON('en').message).toBe(
      'news/test.md, line 3: "title" appears twice; keep one.',
    );
    expect(failure('title: x\n').render('de').message).toMatch(
      /^news\/test\.md, Zeile 1: Die Datei muss mit einer Zeile „---“ beginnen/,
    );
  });
});
