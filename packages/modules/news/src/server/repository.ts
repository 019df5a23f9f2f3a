import { localDateOf } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { ArticleSummary, EditorArticle } from '../article.js';
import type { ValidArticleInput } from '../article-input.js';
import { baseSlug, uniqueSlug } from './slug.js';

/** What residents may see: published, and its time has come. */
const VISIBLE = `status = 'published' AND publish_at <= now()`;

const COLUMNS = `id, slug, title, teaser, body_markdown, image_url, image_alt, category, area, status,
  publish_at, created_at, updated_at, created_by, (status = 'published' AND publish_at > now()) AS scheduled`;

interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  teaser: string;
  body_markdown: string;
  image_url: string | null;
  image_alt: string | null;
  category: string;
  area: string | null;
  status: 'draft' | 'published';
  publish_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  created_by: string | null;
  scheduled: boolean | null;
}

/** A published article as stored, before its Markdown is rendered. */
export interface StoredArticle extends ArticleSummary {
  body: string;
  updatedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

function toSummary(row: ArticleRow, timeZone: string): ArticleSummary {
  const published = new Date(row.publish_at ?? row.created_at);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    teaser: row.teaser,
    category: row.category,
    area: row.area,
    imageUrl: row.image_url,
    imageAlt: row.image_alt,
    publishedAt: published.toISOString(),
    publishedOn: localDateOf(published, timeZone),
  };
}

function toStored(row: ArticleRow, timeZone: string): StoredArticle {
  return { ...toSummary(row, timeZone), body: row.body_markdown, updatedAt: iso(row.updated_at) };
}

function toEditor(row: ArticleRow): EditorArticle {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    teaser: row.teaser,
    body: row.body_markdown,
    imageUrl: row.image_url,
    imageAlt: row.image_alt,
    category: row.category,
    area: row.area,
    status: row.status,
    publishAt: row.publish_at === null ? null : iso(row.publish_at),
    scheduled: row.scheduled === true,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    createdBy: row.created_by,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === '23505';
}

/** The news tables, in SQL that runs the same on PGlite and PostgreSQL. */
export class ArticleRepository {
  constructor(
    private readonly db: Queryable,
    /** The town's time zone: summaries carry their day of publication in it. */
    private readonly timeZone: string,
  ) {}

  async listPublished(page: { limit: number; offset: number; category?: string }) {
    const params: unknown[] = [];
    let where = VISIBLE;
    if (page.category) {
      params.push(page.category);
      where += ` AND category = $${params.length}`;
    }
    const total = await this.db.query<{ total: number | string }>(
      `SELECT count(*) AS total FROM news_articles WHERE ${where}`,
      params,
    );
    const rows = await this.db.query<ArticleRow>(
      `SELECT ${COLUMNS} FROM news_articles WHERE ${where}
       ORDER BY publish_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return {
      items: rows.rows.map((row) => toSummary(row, this.timeZone)),
      total: Number(total.rows[0]?.total ?? 0),
    };
  }

  /** The newest visible articles with their Markdown, for the feed. */
  async latestPublished(limit: number): Promise<StoredArticle[]> {
    const rows = await this.db.query<ArticleRow>(
      `SELECT ${COLUMNS} FROM news_articles WHERE ${VISIBLE} ORDER BY publish_at DESC, id LIMIT $1`,
      [limit],
    );
    return rows.rows.map((row) => toStored(row, this.timeZone));
  }

  async findPublishedBySlug(slug: string): Promise<StoredArticle | null> {
    const rows = await this.db.query<ArticleRow>(
      `SELECT ${COLUMNS} FROM news_articles WHERE slug = $1 AND ${VISIBLE}`,
      [slug],
    );
    const row = rows.rows[0];
    return row ? toStored(row, this.timeZone) : null;
  }

  async listAll(page: { limit: number; offset: number }) {
    const total = await this.db.query<{ total: number | string }>(
      'SELECT count(*) AS total FROM news_articles',
    );
    const rows = await this.db.query<ArticleRow>(
      `SELECT ${COLUMNS} FROM news_articles ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return { items: rows.rows.map(toEditor), total: Number(total.rows[0]?.total ?? 0) };
  }

  async findById(id: string): Promise<EditorArticle | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.db.query<ArticleRow>(
      `SELECT ${COLUMNS} FROM news_articles WHERE id = $1`,
      [id],
    );
    const row = rows.rows[0];
    return row ? toEditor(row) : null;
  }

  /**
   * Creates an article with a slug derived from its title, numbered when taken. Two editors
   * creating "Sommerfest" at once both succeed: the unique index refuses the second insert
   * and it retries with the next free number.
   */
  async create(
    input: ValidArticleInput,
    options: {
      createdBy: string | null;
      status?: 'draft' | 'published';
      publishAt?: string | null;
    },
  ): Promise<EditorArticle> {
    const base = baseSlug(input.title);
    for (let attempt = 0; ; attempt++) {
      const taken = await this.db.query<{ slug: string }>(
        'SELECT slug FROM news_articles WHERE slug LIKE $1',
        [`${base.slice(0, 56)}%`],
      );
      const slug = uniqueSlug(base, new Set(taken.rows.map((row) => row.slug)));
      try {
        const rows = await this.db.query<ArticleRow>(
          `INSERT INTO news_articles
             (slug, title, teaser, body_markdown, image_url, image_alt, category, area, status, publish_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           RETURNING ${COLUMNS}`,
          [
            slug,
            input.title,
            input.teaser,
            input.body,
            input.imageUrl,
            input.imageAlt,
            input.category,
            input.area,
            options.status ?? 'draft',
            options.publishAt ?? input.publishAt,
            options.createdBy,
          ],
        );
        return toEditor(rows.rows[0] as ArticleRow);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 4) throw error;
      }
    }
  }

  /**
   * Replaces the editable fields. The slug stays, so links already shared keep working.
   * Leaving `publishAt` empty keeps the date of a published article.
   */
  async update(id: string, input: ValidArticleInput): Promise<EditorArticle | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.db.query<ArticleRow>(
      `UPDATE news_articles SET
         title = $2, teaser = $3, body_markdown = $4, image_url = $5, image_alt = $6, category = $7,
         area = $8, publish_at = coalesce($9, CASE WHEN status = 'published' THEN publish_at END),
         updated_at = now()
       WHERE id = $1
       RETURNING ${COLUMNS}`,
      [
        id,
        input.title,
        input.teaser,
        input.body,
        input.imageUrl,
        input.imageAlt,
        input.category,
        input.area,
        input.publishAt,
      ],
    );
    const row = rows.rows[0];
    return row ? toEditor(row) : null;
  }

  /** Publishes now, or at the article's `publishAt` when that is set (scheduling). */
  async publish(id: string): Promise<EditorArticle | null> {
    return this.setStatus(id, `status = 'published', publish_at = coalesce(publish_at, now())`);
  }

  /** Takes the article back to draft; its date stays for a later publication. */
  async unpublish(id: string): Promise<EditorArticle | null> {
    return this.setStatus(id, `status = 'draft'`);
  }

  async delete(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const result = await this.db.query('DELETE FROM news_articles WHERE id = $1', [id]);
    return result.rowCount > 0;
  }

  private async setStatus(id: string, assignments: string): Promise<EditorArticle | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.db.query<ArticleRow>(
      `UPDATE news_articles SET ${assignments} WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    const row = rows.rows[0];
    return row ? toEditor(row) : null;
  }
}
