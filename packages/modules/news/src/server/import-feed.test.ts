import { defineCity } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type NewsConfig, newsConfigSchema } from '../config.js';
import manifest from '../index.js';
import { feedImporter } from './import-feed.js';
import news from './index.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ modules: [news] });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  await server.db.query('DELETE FROM news_articles');
});

function context(): ModuleServerContext<NewsConfig> {
  return {
    city: defineCity(TEST_CITY),
    config: newsConfigSchema.parse({}),
    manifest,
    db: server.db,
    log: server.log,
    requireRole: () => {
      throw new Error('not used by the importer');
    },
  };
}

function feed(items: { guid: string; title: string; text: string; date?: string }[]): string {
  const body = items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title><description>${i.text}</description>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<category>Baustellen</category></item>`,
    )
    .join('');
  return `<rss version="2.0"><channel><title>t</title>${body}</channel></rss>`;
}

const run = (text: string, dryRun = false) =>
  feedImporter.run({ name: 'feed.xml', text, dryRun }, context());

describe('the news feed importer', () => {
  const items = [
    {
      guid: 'a',
      title: 'Elbbrücke gesperrt',
      text: 'Umleitung über die B5.',
      date: 'Tue, 03 Mar 2026 09:30:00 +0100',
    },
    { guid: 'b', title: 'Fliesenmuseum öffnet', text: 'Ab Samstag.' },
  ];

  it('imports new items as published articles, and a second run changes nothing', async () => {
    expect(await run(feed(items), true)).toEqual({
      created: 2,
      changed: 0,
      unchanged: 0,
      skipped: [],
    });
    expect((await server.db.query('SELECT 1 FROM news_articles')).rows).toHaveLength(0);

    expect(await run(feed(items))).toEqual({ created: 2, changed: 0, unchanged: 0, skipped: [] });
    expect(await run(feed(items))).toEqual({ created: 0, changed: 0, unchanged: 2, skipped: [] });
    const { rows } = await server.db.query<{
      title: string;
      status: string;
      category: string;
      publish_at: Date;
    }>('SELECT title, status, category, publish_at FROM news_articles ORDER BY title');
    expect(rows.map((r) => [r.title, r.status, r.category])).toEqual([
      ['Elbbrücke gesperrt', 'published', 'Baustellen'],
      ['Fliesenmuseum öffnet', 'published', 'Baustellen'],
    ]);
    expect(new Date(rows[0]?.publish_at as Date).toISOString()).toBe('2026-03-03T08:30:00.000Z');
  });

  it('updates an item that changed in the feed, keyed by its guid', async () => {
    await run(feed(items));
    const changed = [
      { ...items[0], text: 'Umleitung über Gothmann.' } as (typeof items)[0],
      items[1] as (typeof items)[1],
    ];
    expect(await run(feed(changed), true)).toMatchObject({ created: 0, changed: 1, unchanged: 1 });
    expect(await run(feed(changed))).toMatchObject({ created: 0, changed: 1, unchanged: 1 });
    const { rows } = await server.db.query<{ teaser: string }>(
      "SELECT teaser FROM news_articles WHERE title = 'Elbbrücke gesperrt'",
    );
    expect(rows.map((r) => r.teaser)).toEqual(['Umleitung über Gothmann.']);
  });

  it('skips items without a title and names them', async () => {
    const summary = await run(feed([{ guid: 'x', title: '', text: 'ohne Titel' }]));
    expect(summary).toEqual({
      created: 0,
      changed: 0,
      unchanged: 0,
      skipped: [
        {
          item: 'x',
          reason: { de: 'Titel oder Kennung (guid, id) fehlt', en: 'it has no title or no id' },
        },
      ],
    });
  });
});
