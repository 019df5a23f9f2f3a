import { useCity, useResource } from '@city-app/web';
import type { ArticlePage } from '../../article.js';
import { paths } from '../paths.js';
import { ArticleTeaser } from '../views/article-teaser.js';

const WIDGET_SIZE = 3;

/**
 * The home screen's widget: the latest three articles. The shell draws the card around it
 * (title and a link to the list), so this renders only the items.
 */
export default function LatestNewsWidget() {
  const { locale, t, api } = useCity();
  const resource = useResource(
    () => api.get<ArticlePage>(`${paths.api}?limit=${WIDGET_SIZE}`),
    [api],
  );
  return (
    <div className="news-widget">
      {resource.state === 'ready' ? (
        resource.data.items.length ? (
          <ul className="city-stack-list">
            {resource.data.items.map((article) => (
              <li key={article.id}>
                <ArticleTeaser
                  article={article}
                  basePath={paths.list}
                  headingLevel={3}
                  locale={locale}
                  t={t}
                  compact
                />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('news.list.empty')}</p>
        )
      ) : resource.state === 'failed' ? (
        <p>{t('news.loadError')}</p>
      ) : (
        <p>{t('news.loading')}</p>
      )}
    </div>
  );
}
