import { type HomeWidgetProps, useCity } from '@city-app/web';
import type { ArticlePage } from '../../article.js';
import { paths } from '../paths.js';
import { ArticleTeaser } from '../views/article-teaser.js';

/**
 * The home screen's widget: the latest articles (the shell loads them, see ../index.ts). The
 * shell draws the card around it (title and a link to the list), so this renders only the items.
 */
export default function LatestNewsWidget({ data }: HomeWidgetProps<ArticlePage>) {
  const { locale, t } = useCity();
  return (
    <div className="news-widget">
      {data.items.length ? (
        <ul className="city-stack-list">
          {data.items.map((article) => (
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
      )}
    </div>
  );
}
