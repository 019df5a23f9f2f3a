import { formatLocalDate, type Locale, type Translate } from '@city-app/core';
import { PageHeading } from '@city-app/ui';
import type { ArticlePreview } from '../../article.js';
import { ArticleImage } from './article-image.js';

export interface ArticleContentProps {
  article: ArticlePreview;
  locale: Locale;
  t: Translate;
  /**
   * `page`: the title is the page's heading (the article's own page). `section`: a heading
   * inside another page (the editor's preview), so the page keeps one main heading.
   */
  heading?: 'page' | 'section';
}

/** What residents read of an article: title, teaser, date, category, image and body. */
export function ArticleContent({ article, locale, t, heading = 'page' }: ArticleContentProps) {
  return (
    <>
      {/* articles are written in German, whatever language the app is set to */}
      <div lang="de">
        {heading === 'page' ? (
          <PageHeading lead={article.teaser || undefined}>{article.title}</PageHeading>
        ) : (
          <div className="city-page-heading">
            <h3 className="news-article__title">{article.title}</h3>
            {article.teaser ? <p className="city-page-heading__lead">{article.teaser}</p> : null}
          </div>
        )}
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
      <ArticleImage article={article} place="article" />
      <div
        className="news-article__body"
        lang="de"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from Markdown and sanitised by the server (markdown.ts)
        dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
      />
    </>
  );
}
