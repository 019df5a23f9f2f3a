import { Alert, Button, buttonClassName, Dialog, PageHeading, Spinner, Status } from '@city-app/ui';
import { Link, useCity, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { EditorArticle, EditorArticlePage } from '../../article.js';
import { paths } from '../paths.js';
import { ArticleTable } from './article-table.js';

/** `/admin/news`: every article with its status; publish, unpublish, delete. */
export default function ArticleListScreen(_props: ScreenProps) {
  const { city, locale, t, api } = useCity();
  const resource = useResource(
    () => api.get<EditorArticlePage>(`${paths.api}/admin/articles`),
    [api],
  );
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<EditorArticle | null>(null);

  async function act(article: EditorArticle, run: () => Promise<unknown>, done: string) {
    setBusyId(article.id);
    setFailure(null);
    try {
      await run();
      setAnnouncement(t(done, { title: article.title }));
      resource.reload();
    } catch (error) {
      setFailure(t('news.error.action', { message: (error as Error).message }));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="news-admin">
      <PageHeading>{t('news.admin.heading')}</PageHeading>
      <p>
        <Link to={paths.adminNew} className={buttonClassName('primary')}>
          {t('news.admin.new')}
        </Link>
      </p>
      <Status>{announcement}</Status>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {resource.state === 'loading' ? (
        <Spinner label={t('news.loading')} />
      ) : resource.state === 'failed' ? (
        <Alert tone="error" title={t('news.loadError')}>
          <Button variant="secondary" onClick={resource.reload}>
            {t('news.retry')}
          </Button>
        </Alert>
      ) : resource.data.items.length ? (
        <ArticleTable
          articles={resource.data.items}
          busyId={busyId}
          locale={locale}
          timeZone={city.timezone}
          t={t}
          onPublish={(article) =>
            act(
              article,
              () => api.post(`${paths.api}/admin/articles/${article.id}/publish`),
              'news.admin.didPublish',
            )
          }
          onUnpublish={(article) =>
            act(
              article,
              () => api.post(`${paths.api}/admin/articles/${article.id}/unpublish`),
              'news.admin.didUnpublish',
            )
          }
          onDelete={setToDelete}
        />
      ) : (
        <p>{t('news.admin.empty')}</p>
      )}
      <Dialog
        open={toDelete !== null}
        title={t('news.admin.deleteTitle')}
        onClose={() => setToDelete(null)}
        actions={
          <Button
            variant="danger"
            onClick={() => {
              const article = toDelete;
              setToDelete(null);
              if (article)
                act(
                  article,
                  () => api.delete(`${paths.api}/admin/articles/${article.id}`),
                  'news.admin.didDelete',
                );
            }}
          >
            {t('news.admin.deleteConfirm')}
          </Button>
        }
      >
        <p>{toDelete ? t('news.admin.deleteText', { title: toDelete.title }) : null}</p>
      </Dialog>
    </div>
  );
}
