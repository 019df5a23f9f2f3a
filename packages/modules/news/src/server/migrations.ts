import type { Migration } from '@city-app/server';

/**
 * The news tables. An article is visible to residents when it is `published` and its
 * `publish_at` has come; a later `publish_at` schedules it.
 */
export const migrations: Migration[] = [
  {
    id: '001_news_articles',
    up: `
      CREATE TABLE news_articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 160),
        teaser text NOT NULL DEFAULT '' CHECK (char_length(teaser) <= 300),
        body_markdown text NOT NULL DEFAULT '' CHECK (char_length(body_markdown) <= 50000),
        image_url text,
        image_alt text,
        category text NOT NULL,
        area text,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
        publish_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        -- the database holds the accessibility rule too: no image without a description
        CONSTRAINT news_articles_image_alt CHECK (image_url IS NULL OR coalesce(btrim(image_alt), '') <> ''),
        CONSTRAINT news_articles_published_at CHECK (status = 'draft' OR publish_at IS NOT NULL)
      );
      CREATE INDEX news_articles_public ON news_articles (publish_at DESC) WHERE status = 'published';
      CREATE INDEX news_articles_category ON news_articles (category, publish_at DESC) WHERE status = 'published';
    `,
  },
  {
    // Articles imported from a feed keep the item's guid/id, so a second import updates
    // them instead of adding them again.
    id: '002_news_import_key',
    up: `
      ALTER TABLE news_articles ADD COLUMN import_key text;
      CREATE UNIQUE INDEX news_articles_import_key ON news_articles (import_key) WHERE import_key IS NOT NULL;
    `,
  },
];
