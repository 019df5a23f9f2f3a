import { formatLocalDate, imageSrcSet, type Locale, type Translate } from '@city-app/core';
import { PageHeading } from '@city-app/ui';
import { Link } from '@city-app/web';
import type { PublishedArticle } from '../../article.js';
import { serializeJsonLd } from '../../json-ld.js';

export interface ArticleViewProps {
  article: PublishedArticle;
  basePath: string;
  locale: Locale;
  t: Translate;
}

/** A whole article: title, date, image, body and its schema.org description for search engines. */
export function ArticleView({ article, basePath, locale, t }: ArticleViewProps) {
  return (
    <article className="news-article">
      {/* articles are written in German, whatever language the app is set to */}
      <div lang="de">
        <PageHeading lead={article.teaser || undefined}>{article.title}</PageHeading>
      </div>
      <p className="news-article__meta">
        <time dateTime={article.publishedAt}>
          {t('news.publishedOn', { date: formatLocalDate(article.publishedOn, locale) })}
        </time>
        {' · '}
        <span>
          {t('news.categoryLabel')}: {article.category}
        </span>
      </p>
      {article.imageUrl ? (
        <img
          className="news-article__image"
          src={article.imageUrl}
          // An uploaded image comes in several widths; the article is at most 46rem wide.
          srcSet={imageSrcSet(article.imageUrl)}
          sizes={imageSrcSet(article.imageUrl) ? '(min-width: 48rem) 46rem, 100vw' : undefined}
          alt={article.imageAlt ?? ''}
          lang="de"
        />
      ) : null}
      <div
        className="news-article__body"
        lang="de"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from Markdown and sanitised by the server (markdown.ts)
        dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
      />
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
