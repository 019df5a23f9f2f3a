import { Alert, Button, Spinner, Status } from '@city-app/ui';
import { useCity, useModule, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { ArticlePage } from '../../article.js';
import type { NewsConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { paths, replaceSearch, searchParam } from '../paths.js';
import { NewsListView } from '../views/news-list-view.js';

/** `/news`: published news, newest first, filterable by category, page by page. */
export default function NewsListScreen(_props: ScreenProps) {
  const { locale, t, api } = useCity();
  const { perPage, categories } = useModule<NewsConfig>(meta.id).options;
  const [category, setCategory] = useState(() => searchParam('category') ?? '');
  const [pageNumber, setPageNumber] = useState(() => Math.max(1, Number(searchParam('page')) || 1));

  const resource = useResource(() => {
    const query = new URLSearchParams({
      limit: String(perPage),
      offset: String((pageNumber - 1) * perPage),
    });
    if (category) query.set('category', category);
    return api.get<ArticlePage>(`${paths.api}?${query}`);
  }, [api, category, pageNumber, perPage]);

  const status =
    resource.state === 'loading' ? (
      <Spinner label={t('news.loading')} />
    ) : resource.state === 'failed' ? (
      <Alert tone="error" title={t('news.loadError')}>
        <Button variant="secondary" onClick={resource.reload}>
          {t('news.retry')}
        </Button>
      </Alert>
    ) : undefined;

  return (
    <>
      <NewsListView
        page={resource.data ?? null}
        categories={categories}
        category={category}
        pageNumber={pageNumber}
        perPage={perPage}
        basePath={paths.list}
        feedUrl={`/api${paths.api}/feed.atom`}
        locale={locale}
        t={t}
        status={status}
        onCategory={(next) => {
          setCategory(next);
          setPageNumber(1);
          replaceSearch({ category: next, page: null });
        }}
        onPage={(next) => {
          setPageNumber(next);
          replaceSearch({ page: next === 1 ? null : next });
          document.getElementById('page-title')?.focus();
        }}
      />
      <Status visuallyHidden>
        {resource.state === 'ready' ? t('news.list.count', { count: resource.data.total }) : ''}
      </Status>
    </>
  );
}
