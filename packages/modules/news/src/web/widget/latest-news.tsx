import { Card } from '@city-app/ui';
import { Link, useCity } from '@city-app/web';
import type { ArticlePage } from '../../article.js';
import { paths } from '../paths.js';
import { useResource } from '../use-resource.js';
import { ArticleTeaser } from '../views/article-teaser.js';

const WIDGET_SIZE = 3;

/** The home screen's card: the latest three articles. Says nothing rather than fail loudly. */
export default function LatestNewsWidget() {
  const { city, locale, t, api } = useCity();
  const resource = useResource(
    () => api.get<ArticlePage>(`${paths.api}?limit=${WIDGET_SIZE}`),
    [api],
  );
  return (
    <Card
      title={t('news.title')}
      headingLevel={2}
      footer={<Link to={paths.list}>{t('news.widget.all')}</Link>}
      className="news-widget"
    >
      {resource.state === 'ready' ? (
        resource.data.items.length ? (
          <ul className="news-widget__items">
            {resource.data.items.map((article) => (
              <li key={article.id}>
                <ArticleTeaser
                  article={article}
                  basePath={paths.list}
                  headingLevel={3}
                  locale={locale}
                  timeZone={city.timezone}
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
    </Card>
  );
}
