import { Alert, PageHeading, Spinner, Status } from '@city-app/ui';
import { Link, useCity, useModule, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useState } from 'react';
import type { ArticlePreview, EditorArticle } from '../../article.js';
import type { NewsConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { isNotFound, paths } from '../paths.js';
import { ArticleForm } from './article-form.js';
import {
  type ArticleFormValues,
  checkValues,
  emptyValues,
  type FieldErrors,
  serverFieldError,
  toInput,
  valuesOf,
} from './article-form-state.js';
import { ArticlePreviewPanel } from './article-preview.js';
import { PublishControls } from './publish-controls.js';
import { statusLabel } from './status-label.js';

/** `/admin/news/new` and `/admin/news/:id`: write or edit an article, then publish it. */
export default function ArticleEditorScreen({ params }: ScreenProps) {
  const { city, locale, t, api, navigate } = useCity();
  const { categories } = useModule<NewsConfig>(meta.id).options;
  const id = params.id;
  const resource = useResource(
    () =>
      id
        ? api.get<EditorArticle>(`${paths.api}/admin/articles/${encodeURIComponent(id)}`)
        : Promise.resolve(null),
    [api, id],
  );
  const [article, setArticle] = useState<EditorArticle | null>(null);
  const [values, setValues] = useState<ArticleFormValues>(() => emptyValues(categories));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [notify, setNotify] = useState(false);
  // Whether the server sends push notifications; until it says so, no checkbox.
  const [notificationsAvailable, setNotificationsAvailable] = useState(false);

  useEffect(() => {
    let current = true;
    api
      .get<{ notifications?: boolean }>('/town')
      .then((town) => {
        if (current) setNotificationsAvailable(town.notifications === true);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => {
    if (resource.state === 'ready' && resource.data) {
      setArticle(resource.data);
      setValues(valuesOf(resource.data));
    }
  }, [resource.state, resource.data]);

  /** Checks the form as the server will; false when something is to be corrected first. */
  function checked(): boolean {
    setFormError(null);
    const found = checkValues(values, t);
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  /** The server's refusal at the field it names, or above the form. */
  function refused(error: unknown) {
    const { field, message } = error as { field?: string; message: string };
    const fieldError = serverFieldError(field, message, t);
    if (fieldError) setErrors(fieldError);
    else setFormError(t('news.form.error.other', { message }));
  }

  async function showPreview() {
    if (!checked()) return;
    setPreviewing(true);
    try {
      setPreview(await api.post<ArticlePreview>(`${paths.api}/admin/preview`, toInput(values)));
    } catch (error) {
      refused(error);
    } finally {
      setPreviewing(false);
    }
  }

  async function save() {
    if (!checked()) return;
    setSaving(true);
    try {
      if (article) {
        const saved = await api.put<EditorArticle>(
          `${paths.api}/admin/articles/${article.id}`,
          toInput(values),
        );
        setArticle(saved);
        setAnnouncement(t('news.admin.didSave'));
      } else {
        const created = await api.post<EditorArticle>(
          `${paths.api}/admin/articles`,
          toInput(values),
        );
        navigate(paths.adminEdit(created.id));
      }
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
    }
  }

  async function setPublished(publish: boolean) {
    if (!article) return;
    setFormError(null);
    try {
      const notifying = publish && notify && notificationsAvailable;
      const updated = await api.post<EditorArticle & { notification?: { created: boolean } }>(
        `${paths.api}/admin/articles/${article.id}/${publish ? 'publish' : 'unpublish'}`,
        notifying ? { notify: true } : undefined,
      );
      setArticle(updated);
      setNotify(false);
      const key = !publish
        ? 'news.admin.didUnpublish'
        : updated.notification?.created
          ? 'news.admin.didPublishNotify'
          : 'news.admin.didPublish';
      setAnnouncement(t(key, { title: updated.title }));
    } catch (error) {
      setFormError(t('news.error.action', { message: (error as Error).message }));
    }
  }

  const heading = id ? t('news.admin.edit') : t('news.admin.new');
  if (id && resource.state !== 'ready') {
    return (
      <div className="news-editor">
        <PageHeading>{heading}</PageHeading>
        {resource.state === 'loading' ? (
          <Spinner label={t('news.loading')} />
        ) : (
          <Alert tone="error">
            {isNotFound(resource.error) ? t('news.detail.notFound') : t('news.loadError')}
          </Alert>
        )}
        <p>
          <Link to={paths.admin}>{t('news.admin.backToList')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="news-editor">
      <PageHeading lead={article ? statusLabel(article, t, locale, city.timezone) : undefined}>
        {heading}
      </PageHeading>
      <Status>{announcement}</Status>
      <ArticleForm
        values={values}
        errors={errors}
        formError={formError}
        categories={categories}
        areas={city.areas}
        saving={saving}
        locale={locale}
        t={t}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        onSubmit={save}
      />
      <ArticlePreviewPanel
        preview={preview}
        busy={previewing}
        locale={locale}
        t={t}
        onShow={showPreview}
      />
      {article ? (
        <PublishControls
          article={article}
          notificationsAvailable={notificationsAvailable}
          notify={notify}
          t={t}
          onNotifyChange={setNotify}
          onPublish={() => setPublished(true)}
          onUnpublish={() => setPublished(false)}
        />
      ) : null}
      <p>
        <Link to={paths.admin}>{t('news.admin.backToList')}</Link>
      </p>
    </div>
  );
}
