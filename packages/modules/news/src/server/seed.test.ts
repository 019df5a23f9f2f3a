import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CityAppError, defineCity } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticlePage, PublishedArticle } from '../article.js';
import { type NewsConfig, newsConfigSchema } from '../config.js';
import manifest from '../index.js';
import news from './index.js';
import { seedNews } from './seed.js';

let server: TestServer;
let root: string;

beforeAll(async () => {
  server = await createTestServer({ modules: [news] });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  await server.db.query('DELETE FROM news_articles');
  root = await mkdtemp(join(tmpdir(), 'news-seed-'));
  await mkdir(join(root, 'news'));
  return () => rm(root, { recursive: true, force: true });
});

function context(): ModuleServerContext<NewsConfig> {
  return {
    city: defineCity(TEST_CITY),
    config: newsConfigSchema.parse({}),
    manifest,
    db: server.db,
    log: server.log,
    contentDir: join(root, 'news'),
    requireRole: () => {
      throw new Error('not used by the seed');
    },
  };
}

const file = (title: string, date: string, extra = '') =>
  `---\ntitle: "${title}"\nteaser: Kurz gesagt.\ncategory: Rathaus\npublishedAt: ${date}\n${extra}---\n\nDer **Text** zu ${title}.\n`;

describe('seedNews', () => {
  it('publishes the town’s content files with their dates', async () => {
    await writeFile(join(root, 'news', 'a.md'), file('Neues Bürgerbüro', '2025-01-10'));
    await writeFile(
      join(root, 'news', 'b.md'),
      file(
        'Sommerfest',
        '2025-06-01T10:00:00+02:00',
        'image: /bilder/fest.jpg\nimageAlt: Menschen am Markt\n',
      ),
    );
    await seedNews(context());
    const list = (await (await server.request('/api/news')).json()) as ArticlePage;
    expect(list.items.map((a) => [a.slug, a.publishedAt])).toEqual([
      ['sommerfest', '2025-06-01T08:00:00.000Z'],
      ['neues-buergerbuero', '2025-01-09T23:00:00.000Z'],
    ]);
    const detail = (await (
      await server.request('/api/news/articles/sommerfest')
    ).json()) as PublishedArticle;
    expect(detail.bodyHtml).toBe('<p>Der <strong>Text</strong> zu Sommerfest.</p>\n');
    expect(detail.imageAlt).toBe('Menschen am Markt');
  });

  it('keeps content marked as sample a draft: residents never see it', async () => {
    await writeFile(join(root, 'news', 'a.md'), file('Echte Nachricht', '2025-01-10'));
    await writeFile(join(root, 'news', 'b.md'), file('Beispiel', '2025-01-11', 'sample: true\n'));
    await seedNews(context());
    const list = (await (await server.request('/api/news')).json()) as ArticlePage;
    expect(list.items.map((a) => a.slug)).toEqual(['echte-nachricht']);
    const { rows } = await server.db.query<{ status: string }>(
      "SELECT status FROM news_articles WHERE slug = 'beispiel'",
    );
    expect(rows).toEqual([{ status: 'draft' }]);
    await writeFile(join(root, 'news', 'b.md'), file('Beispiel', '2025-01-11', 'sample: ja\n'));
    await expect(seedNews(context())).rejects.toThrow(/sample "ja": write true or false/);
  });

  it('writes nothing when one file is wrong, and says which and why', async () => {
    await writeFile(join(root, 'news', 'a.md'), file('Gut', '2025-01-10'));
    await writeFile(
      join(root, 'news', 'b.md'),
      file('Schlecht', '2025-01-11', 'image: /bilder/x.jpg\n'),
    );
    const error = await seedNews(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CityAppError);
    expect((error as CityAppError).message).toMatch(/^news\/b\.md: imageAlt: /);
    expect((error as CityAppError).field).toBe('imageAlt');
    const { rows } = await server.db.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM news_articles',
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('does nothing without a content folder', async () => {
    await seedNews({ ...context(), contentDir: undefined });
    const { rows } = await server.db.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM news_articles',
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
