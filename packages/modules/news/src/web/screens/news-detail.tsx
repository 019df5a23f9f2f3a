import { Alert, Button, PageHeading, Spinner } from '@city-app/ui';
import { Link, useCity, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { PublishedArticle } from '../../article.js';
import { isNotFound, paths } from '../paths.js';
import { ArticleView } from '../views/article-view.js';

/** `/news/:slug`: one article. */
export default function NewsDetailScreen({ params }: ScreenProps) {
  const { locale, t, api } = useCity();
  const slug = params.slug ?? '';
  const resource = useResource(
    () => api.get<PublishedArticle>(`${paths.api}/articles/${encodeURIComponent(slug)}`),
    [api, slug],
  );

  if (resource.state === 'ready') {
    return <ArticleView article={resource.data} basePath={paths.list} locale={locale} t={t} />;
  }
  return (
    <div className="news-article">
      <PageHeading>{t('news.title')}</PageHeading>
      {resource.state === 'loading' ? (
        <Spinner label={t('news.loading')} />
      ) : isNotFound(resource.error) ? (
        <Alert tone="warning" live="off">
          {t('news.detail.notFound')}
        </Alert>
      ) : (
        <Alert tone="error" title={t('news.loadError')}>
          <Button variant="secondary" onClick={resource.reload}>
            {t('news.retry')}
          </Button>
        </Alert>
      )}
      <p>
        <Link to={paths.list}>{t('news.detail.back')}</Link>
      </p>
    </div>
  );
}
