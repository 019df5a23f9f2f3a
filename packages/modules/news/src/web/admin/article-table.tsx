import type { Locale, Translate } from '@city-app/core';
import { Button, VisuallyHidden, WideTable } from '@city-app/ui';
import { Link } from '@city-app/web';
import type { EditorArticle } from '../../article.js';
import { formatDate } from '../format.js';
import { paths } from '../paths.js';
import { statusLabel } from './status-label.js';

export interface ArticleTableProps {
  articles: EditorArticle[];
  busyId: string | null;
  locale: Locale;
  timeZone: string;
  t: Translate;
  onPublish(article: EditorArticle): void;
  onUnpublish(article: EditorArticle): void;
  onDelete(article: EditorArticle): void;
}

/** Every article with its status; each action button names its article for screen readers. */
export function ArticleTable({
  articles,
  busyId,
  locale,
  timeZone,
  t,
  ...actions
}: ArticleTableProps) {
  return (
    <WideTable label={t('news.admin.table')}>
      <thead>
        <tr>
          <th scope="col">{t('news.admin.column.title')}</th>
          <th scope="col">{t('news.admin.column.status')}</th>
          <th scope="col">{t('news.admin.column.date')}</th>
          <th scope="col">{t('news.admin.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => {
          const busy = busyId === article.id;
          const date = article.publishAt ?? article.createdAt;
          return (
            <tr key={article.id}>
              <th scope="row">
                <Link to={paths.adminEdit(article.id)}>{article.title}</Link>
              </th>
              <td>{statusLabel(article, t, locale, timeZone)}</td>
              <td>
                <time dateTime={date}>{formatDate(date, locale, timeZone)}</time>
              </td>
              <td className="news-admin__actions">
                {article.status === 'draft' ? (
                  <Button
                    variant="secondary"
                    busy={busy}
                    onClick={() => actions.onPublish(article)}
                  >
                    {t('news.admin.publish')}
                    <VisuallyHidden>{`: ${article.title}`}</VisuallyHidden>
                  </Button>
                ) : (
                  <Button
                    variant="secondary"
                    busy={busy}
                    onClick={() => actions.onUnpublish(article)}
                  >
                    {t('news.admin.unpublish')}
                    <VisuallyHidden>{`: ${article.title}`}</VisuallyHidden>
                  </Button>
                )}{' '}
                <Button variant="danger" busy={busy} onClick={() => actions.onDelete(article)}>
                  {t('news.admin.delete')}
                  <VisuallyHidden>{`: ${article.title}`}</VisuallyHidden>
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </WideTable>
  );
}
