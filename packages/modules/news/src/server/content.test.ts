import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CityAppError } from '@city-app/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../config.js';
import { readNewsContent } from './content.js';

let root: string;
let dir: string;
const options = {
  config: { categories: DEFAULT_CATEGORIES },
  areaIds: ['toddin'],
  timeZone: 'Europe/Berlin',
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'news-content-'));
  dir = join(root, 'news');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function failure(): Promise<CityAppError> {
  const error = await readNewsContent(dir, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CityAppError))
    throw new Error(`expected a CityAppError, got ${String(error)}`);
  return error;
}

const valid = [
  '---',
  'title: Stadtfest auf dem Lindenplatz',
  'teaser: Drei Tage Musik und Markt.',
  'category: Veranstaltungen',
  'publishedAt: 2025-06-01',
  'image: /bilder/stadtfest.jpg',
  'imageAlt: Bühne mit Publikum auf dem Lindenplatz',
  '---',
  '',
  'Das **Stadtfest** beginnt am Freitag.',
].join('\n');

describe('readNewsContent', () => {
  it('reads articles in file-name order with dates in the town’s time zone', async () => {
    await writeFile(join(dir, '2025-06-stadtfest.md'), valid);
    await writeFile(
      join(dir, '2025-01-rathaus.md'),
      '---\ntitle: "Neue Öffnungszeiten"\ncategory: Rathaus\npublishedAt: 2025-01-02T08:00:00+01:00\narea: toddin\n---\nText',
    );
    await writeFile(join(dir, 'notes.txt'), 'not content');
    const articles = await readNewsContent(dir, options);
    expect(articles.map((a) => a.file)).toEqual([
      'news/2025-01-rathaus.md',
      'news/2025-06-stadtfest.md',
    ]);
    expect(articles[0]).toMatchObject({
      publishedAt: '2025-01-02T07:00:00.000Z',
      input: {
        title: 'Neue Öffnungszeiten',
        category: 'Rathaus',
        area: 'toddin',
        imageUrl: null,
        body: 'Text',
      },
    });
    expect(articles[1]).toMatchObject({
      publishedAt: '2025-05-31T22:00:00.000Z',
      input: {
        imageUrl: '/bilder/stadtfest.jpg',
        imageAlt: 'Bühne mit Publikum auf dem Lindenplatz',
      },
    });
  });

  it('returns nothing when the folder does not exist', async () => {
    expect(await readNewsContent(join(root, 'missing'), options)).toEqual([]);
  });

  it.each([
    [
      'a missing title',
      valid.replace('title: Stadtfest auf dem Lindenplatz\n', ''),
      'title',
      /news\/a\.md: title: is missing/,
    ],
    [
      'an unknown category',
      valid.replace('Veranstaltungen', 'Sport'),
      'category',
      /news\/a\.md: category: Choose one of the categories/,
    ],
    [
      'an image without alt text',
      valid.replace(/imageAlt: .*\n/, ''),
      'imageAlt',
      /news\/a\.md: imageAlt: Describe the image/,
    ],
    [
      'a javascript: image',
      valid.replace('/bilder/stadtfest.jpg', 'javascript:alert(1)'),
      'image',
      /news\/a\.md: image: Use a path on this site starting with \//,
    ],
    [
      'a bad date',
      valid.replace('2025-06-01', '1.6.2025'),
      'publishedAt',
      /publishedAt "1\.6\.2025" is not a date/,
    ],
    [
      'no date',
      valid.replace('publishedAt: 2025-06-01\n', ''),
      'publishedAt',
      /publishedAt is missing/,
    ],
    [
      'an unknown key',
      valid.replace('---\n\n', 'author: Max\n---\n\n'),
      'author',
      /unknown key "author"/,
    ],
    [
      'an unknown area',
      valid.replace('---\n\n', 'area: mars\n---\n\n'),
      'area',
      /area: Choose one of the areas/,
    ],
  ])('refuses %s, naming the file and the field', async (_name, text, field, message) => {
    await writeFile(join(dir, 'a.md'), text);
    const error = await failure();
    expect(error.code).toBe('invalid_content');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('names the problem in German for a German reader', async () => {
    await writeFile(join(dir, 'a.md'), valid.replace('Veranstaltungen', 'Kirmes'));
    const category = (await failure()).render('de').message;
    expect(category).toMatch(/^news\/a\.md: category: /);
    expect(category).not.toMatch(/Choose/);
    await writeFile(join(dir, 'a.md'), valid.replace('publishedAt: 2025-06-01\n', ''));
    expect((await failure()).render('de').message).toBe(
      'news/a.md: publishedAt fehlt; ergänzen Sie z. B. „publishedAt: 2025-03-01“.',
    );
    await writeFile(join(dir, 'a.md'), valid.replace('---\n\n', 'sample: ja\n---\n\n'));
    expect((await failure()).render('de').message).toBe(
      'news/a.md: sample „ja“: schreiben Sie true oder false.',
    );
  });
});
