import type { Importer, ImportSummary, Queryable } from '@city-app/server';
import { LIMITS, type ValidArticleInput } from '../article-input.js';
import type { NewsConfig } from '../config.js';
import { type FeedItem, parseFeed } from './feed-parse.js';
import { ArticleRepository } from './repository.js';

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The article a feed item becomes: teaser from its summary, its link kept as the source. */
export function articleFromItem(item: FeedItem, config: NewsConfig): ValidArticleInput {
  const category =
    item.categories.find((c) => config.categories.includes(c)) ?? config.categories[0] ?? 'Rathaus';
  const source = item.link ? `\n\nQuelle: <${item.link}>` : '';
  return {
    title: shorten(item.title, LIMITS.title),
    teaser: shorten(item.summary.replace(/\s+/g, ' '), LIMITS.teaser),
    body: shorten(item.content, LIMITS.body - source.length) + source,
    imageUrl: null,
    imageAlt: null,
    category,
    area: null,
    publishAt: item.publishedAt ?? null,
  };
}

interface ImportedRow {
  id: string;
  title: string;
  teaser: string;
  body_markdown: string;
  category: string;
  publish_at: Date | string | null;
}

function sameArticle(row: ImportedRow, article: ValidArticleInput): boolean {
  const rowDate = row.publish_at === null ? null : new Date(row.publish_at).toISOString();
  return (
    row.title === article.title &&
    row.teaser === article.teaser &&
    row.body_markdown === article.body &&
    row.category === article.category &&
    (article.publishAt === null || rowDate === article.publishAt)
  );
}

const NO_TITLE_OR_ID = {
  de: 'Titel oder Kennung (guid, id) fehlt',
  en: 'it has no title or no id',
};

async function importItems(
  db: Queryable,
  items: FeedItem[],
  config: NewsConfig,
  dryRun: boolean,
  timeZone: string,
) {
  const summary: ImportSummary = { created: 0, changed: 0, unchanged: 0, skipped: [] };
  const articles = new ArticleRepository(db, timeZone);
  for (const item of items) {
    if (!item.title || !item.key) {
      summary.skipped.push({
        item: item.key || item.title || '(unnamed)',
        reason: NO_TITLE_OR_ID,
      });
      continue;
    }
    const article = articleFromItem(item, config);
    const { rows } = await db.query<ImportedRow>(
      'SELECT id, title, teaser, body_markdown, category, publish_at FROM news_articles WHERE import_key = $1',
      [item.key],
    );
    const existing = rows[0];
    if (existing && sameArticle(existing, article)) {
      summary.unchanged++;
      continue;
    }
    if (existing) {
      summary.changed++;
      if (!dryRun) await articles.update(existing.id, article);
      continue;
    }
    summary.created++;
    if (dryRun) continue;
    const created = await articles.create(article, {
      createdBy: null,
      status: 'published',
      publishAt: article.publishAt ?? new Date().toISOString(),
    });
    await db.query('UPDATE news_articles SET import_key = $1 WHERE id = $2', [
      item.key,
      created.id,
    ]);
  }
  return summary;
}

/**
 * News from an RSS 2.0 or Atom feed (e.g. the town website's): each item becomes a published
 * article, matched by its guid/id on the next run, so importing again changes only what
 * changed in the feed. All items are written in one transaction.
 */
export const feedImporter: Importer<NewsConfig> = {
  description: { de: 'RSS-2.0- oder Atom-Feed', en: 'RSS 2.0 or Atom feed' },
  extensions: ['.xml', '.rss', '.atom'],
  async run(file, ctx) {
    const items = parseFeed(file.text);
    if (file.dryRun) return importItems(ctx.db, items, ctx.config, true, ctx.city.timezone);
    return ctx.db.transaction((tx) => importItems(tx, items, ctx.config, false, ctx.city.timezone));
  },
};
