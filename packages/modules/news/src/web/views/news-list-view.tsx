import type { Locale, Translate } from '@city-app/core';
import { Button, PageHeading, Select } from '@city-app/ui';
import type { ReactNode } from 'react';
import type { ArticlePage } from '../../article.js';
import { ArticleTeaser } from './article-teaser.js';

export interface NewsListViewProps {
  page: ArticlePage | null;
  categories: string[];
  category: string;
  pageNumber: number;
  perPage: number;
  basePath: string;
  feedUrl: string;
  locale: Locale;
  t: Translate;
  onCategory(category: string): void;
  onPage(page: number): void;
  /** Shown instead of the list while loading or after a failure. */
  status?: ReactNode;
}

/** The news list: heading, category filter, the articles, pages and the feed link. */
export function NewsListView(props: NewsListViewProps) {
  const { page, categories, category, pageNumber, perPage, t } = props;
  const pages = page ? Math.max(1, Math.ceil(page.total / perPage)) : 1;
  return (
    <div className="news-list">
      <PageHeading>{t('news.title')}</PageHeading>
      <Select
        label={t('news.list.filter')}
        value={category}
        onChange={(event) => props.onCategory(event.currentTarget.value)}
        options={[
          { value: '', label: t('news.list.allCategories') },
          ...categories.map((name) => ({ value: name, label: name })),
        ]}
      />
      {props.status ??
        (page?.items.length ? (
          <ul className="city-grid news-list__items" aria-labelledby="page-title">
            {page.items.map((article) => (
              <li key={article.id}>
                <ArticleTeaser
                  article={article}
                  basePath={props.basePath}
                  headingLevel={2}
                  locale={props.locale}
                  t={t}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p>{category ? t('news.list.emptyCategory', { category }) : t('news.list.empty')}</p>
        ))}
      {pages > 1 ? (
        <nav className="news-list__pages" aria-label={t('news.list.pagination')}>
          <Button
            variant="secondary"
            disabled={pageNumber <= 1}
            onClick={() => props.onPage(pageNumber - 1)}
          >
            {t('news.list.newer')}
          </Button>{' '}
          <span>{t('news.list.page', { page: pageNumber, pages })}</span>{' '}
          <Button
            variant="secondary"
            disabled={pageNumber >= pages}
            onClick={() => props.onPage(pageNumber + 1)}
          >
            {t('news.list.older')}
          </Button>
        </nav>
      ) : null}
      <p className="news-list__feed">
        <a href={props.feedUrl} type="application/atom+xml">
          {t('news.list.feed')}
        </a>
      </p>
    </div>
  );
}
