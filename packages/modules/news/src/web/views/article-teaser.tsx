import { formatLocalDate, type Locale, type Translate } from '@city-app/core';
import { Link } from '@city-app/web';
import type { ArticleSummary } from '../../article.js';
import { ArticleImage } from './article-image.js';

export interface ArticleTeaserProps {
  article: ArticleSummary;
  /** Where the detail lives, e.g. `/news`. */
  basePath: string;
  headingLevel: 2 | 3;
  locale: Locale;
  t: Translate;
  /** The home widget leaves out the teaser to stay short. */
  compact?: boolean;
}

/** One article in a list: its picture (if it has one), its title as a link, date, category and teaser. */
export function ArticleTeaser({
  article,
  basePath,
  headingLevel,
  locale,
  t,
  compact,
}: ArticleTeaserProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={compact ? 'news-teaser' : 'city-card news-teaser'}>
      {/* The title beside it names the article; the picture's own words are its alt text. */}
      <ArticleImage article={article} place="teaser" />
      <Heading className="city-card__title">
        <Link to={`${basePath}/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p className="news-teaser__meta">
        <time dateTime={article.publishedAt}>{formatLocalDate(article.publishedOn, locale)}</time>
        {' · '}
        <span>
          <span className="city-visually-hidden">{t('news.categoryLabel')}: </span>
          {article.category}
        </span>
      </p>
      {!compact && article.teaser ? <p className="news-teaser__text">{article.teaser}</p> : null}
    </article>
  );
}
