import type { Locale, Translate } from '@city-app/core';
import { Link } from '@city-app/web';
import type { PublishedArticle } from '../../article.js';
import { serializeJsonLd } from '../../json-ld.js';
import { ArticleContent } from './article-content.js';

export interface ArticleViewProps {
  article: PublishedArticle;
  basePath: string;
  locale: Locale;
  t: Translate;
}

/** A whole article: its content, its schema.org description for search engines, a way back. */
export function ArticleView({ article, basePath, locale, t }: ArticleViewProps) {
  return (
    <article className="news-article">
      <ArticleContent article={article} locale={locale} t={t} />
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a JSON data block, escaped so it cannot close the element
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(article.jsonLd) }}
      />
      <p>
        <Link to={basePath}>{t('news.detail.back')}</Link>
      </p>
    </article>
  );
}
