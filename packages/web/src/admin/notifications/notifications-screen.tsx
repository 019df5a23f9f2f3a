import { localize } from '@city-app/core';
import type { TopicChoice } from '@city-app/notify/browser';
import {
  Alert,
  Button,
  Fieldset,
  Form,
  type FormError,
  PageHeading,
  Radio,
  Select,
  Spinner,
  Status,
  TextArea,
  TextField,
  WideTable,
} from '@city-app/ui';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api/api-client.js';
import { useCity } from '../../app/context.js';
import { useMessages } from '../../i18n/use-messages.js';
import { notificationsAdminMessages } from './messages.js';

const TITLE_MAX = 80;
const URGENCIES = ['very-low', 'low', 'normal', 'high'] as const;
type Urgency = (typeof URGENCIES)[number];
type Text = string | { de: string; en?: string };

interface Dispatch {
  id: string;
  topic: string;
  area: string | null;
  title: Text;
  state: 'pending' | 'fanned_out';
  sendAt: string;
  recipients: number | null;
  deliveries: { pending: number; sending: number; sent: number; failed: number; gone: number };
}

interface Draft {
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  url: string;
  topic: string;
  area: string;
  urgency: Urgency;
  later: boolean;
  sendAt: string;
}

const EMPTY: Draft = {
  title: '',
  body: '',
  titleEn: '',
  bodyEn: '',
  url: '',
  topic: '',
  area: '',
  urgency: 'normal',
  later: false,
  sendAt: '',
};

const FIELD_IDS: Record<string, string> = {
  title: 'notification-title',
  body: 'notification-body',
  url: 'notification-url',
  topic: 'notification-topic',
  area: 'notification-area',
  sendAt: 'notification-send-at',
};

// Each draft gets one key: pressing "send" twice, or again after a lost answer, sends once.
const newKey = () => `editor-${crypto.randomUUID()}`;

function localized(de: string, en: string): Text {
  return en.trim() ? { de: de.trim(), en: en.trim() } : de.trim();
}

/** `/admin/benachrichtigungen`: compose, preview and send a notification; delivery figures. */
export default function NotificationsScreen() {
  const { api, city, locale } = useCity();
  const t = useMessages(notificationsAdminMessages);
  const [topics, setTopics] = useState<TopicChoice[] | null>(null);
  const [dispatches, setDispatches] = useState<Dispatch[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [key, setKey] = useState(newKey);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const english = city.locales.includes('en');

  const errorText = useCallback(
    (error: unknown) =>
      isApiError(error) && error.status === 0
        ? t('error.network')
        : t('error.generic', { message: error instanceof Error ? error.message : String(error) }),
    [t],
  );

  const loadDispatches = useCallback(async () => {
    try {
      setDispatches(
        (await api.get<{ dispatches: Dispatch[] }>('/api/notify/dispatches')).dispatches,
      );
    } catch (error) {
      setLoadError(errorText(error));
    }
  }, [api, errorText]);

  useEffect(() => {
    api
      .get<{ topics: TopicChoice[] }>('/api/notify/topics')
      .then((answer) => setTopics(answer.topics))
      .catch((error: unknown) => setLoadError(errorText(error)));
    void loadDispatches();
  }, [api, errorText, loadDispatches]);

  const set = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const validate = (): Record<string, string> => {
    const problems: Record<string, string> = {};
    if (!draft.title.trim()) problems.title = t('notifications.titleRequired');
    else if (draft.title.trim().length > TITLE_MAX)
      problems.title = t('notifications.titleTooLong', { max: TITLE_MAX });
    if (!draft.body.trim()) problems.body = t('notifications.bodyRequired');
    if (!draft.topic) problems.topic = t('notifications.topicRequired');
    const url = draft.url.trim();
    if (url && !(url.startsWith('/') || /^https:\/\/[^\s]+$/.test(url)))
      problems.url = t('notifications.urlInvalid');
    if (draft.later) {
      const at = new Date(draft.sendAt);
      if (!draft.sendAt || Number.isNaN(at.getTime()))
        problems.sendAt = t('notifications.sendAtRequired');
      else if (at.getTime() < Date.now()) problems.sendAt = t('notifications.sendAtPast');
    }
    return problems;
  };

  const submit = async () => {
    setDone('');
    const problems = validate();
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const sendAt = draft.later ? new Date(draft.sendAt) : undefined;
    try {
      const answer = await api.post<{ dispatchId: string; created: boolean }>(
        '/api/notify/dispatches',
        {
          topic: draft.topic,
          ...(draft.area ? { area: draft.area } : {}),
          title: localized(draft.title, draft.titleEn),
          body: localized(draft.body, draft.bodyEn),
          ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
          urgency: draft.urgency,
          idempotencyKey: key,
          ...(sendAt ? { sendAt: sendAt.toISOString() } : {}),
        },
      );
      setDone(
        !answer.created
          ? t('notifications.duplicate')
          : sendAt
            ? t('notifications.scheduled', {
                time: sendAt.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
              })
            : t('notifications.sent'),
      );
      setDraft(EMPTY);
      setKey(newKey());
      await loadDispatches();
    } catch (error) {
      const field = isApiError(error) ? error.field?.split('.')[0] : undefined;
      if (field && FIELD_IDS[field] && isApiError(error))
        setErrors({ [field]: t('error.generic', { message: error.message }) });
      else setErrors({ form: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  const summary: FormError[] = Object.entries(errors).map(([field, message]) =>
    FIELD_IDS[field] ? { fieldId: FIELD_IDS[field], message } : { message },
  );
  const topicName = (id: string) => {
    const topic = topics?.find((x) => x.id === id);
    return topic ? localize(topic.name, locale) : id;
  };
  const areaName = (id: string | null) =>
    id ? (city.areas.find((a) => a.id === id)?.name ?? id) : t('notifications.wholeTown');
  const previewTitle =
    (locale === 'en' && draft.titleEn.trim()) ||
    draft.title.trim() ||
    t('notifications.previewEmpty');
  const previewBody = (locale === 'en' && draft.bodyEn.trim()) || draft.body.trim();
  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <>
      <PageHeading lead={t('notifications.lead')}>{t('notifications.title')}</PageHeading>
      {loadError ? <Alert tone="error" title={loadError} /> : null}
      <section aria-labelledby="notification-compose">
        <h2 id="notification-compose">{t('notifications.compose')}</h2>
        {topics === null ? (
          loadError ? null : (
            <Spinner />
          )
        ) : topics.length === 0 ? (
          <p>{t('notifications.noTopics')}</p>
        ) : (
          <div className="city-notification-editor">
            <Form onSubmit={submit} errors={summary} aria-labelledby="notification-compose">
              <TextField
                id={FIELD_IDS.title}
                label={t('notifications.messageTitle')}
                description={t('notifications.messageTitleHint', { max: TITLE_MAX })}
                required
                value={draft.title}
                error={errors.title}
                onChange={(event) => set('title', event.target.value)}
              />
              <TextArea
                id={FIELD_IDS.body}
                label={t('notifications.messageBody')}
                description={t('notifications.messageBodyHint')}
                required
                rows={3}
                value={draft.body}
                error={errors.body}
                onChange={(event) => set('body', event.target.value)}
              />
              {english ? (
                <>
                  <TextField
                    id="notification-title-en"
                    lang="en"
                    label={t('notifications.titleEn')}
                    description={t('notifications.englishHint')}
                    value={draft.titleEn}
                    onChange={(event) => set('titleEn', event.target.value)}
                  />
                  <TextArea
                    id="notification-body-en"
                    lang="en"
                    label={t('notifications.bodyEn')}
                    rows={3}
                    value={draft.bodyEn}
                    onChange={(event) => set('bodyEn', event.target.value)}
                  />
                </>
              ) : null}
              <TextField
                id={FIELD_IDS.url}
                label={t('notifications.url')}
                description={t('notifications.urlHint')}
                inputMode="url"
                value={draft.url}
                error={errors.url}
                onChange={(event) => set('url', event.target.value)}
              />
              <Select
                id={FIELD_IDS.topic}
                label={t('notifications.topic')}
                required
                value={draft.topic}
                error={errors.topic}
                onChange={(event) => set('topic', event.target.value)}
                options={[
                  { value: '', label: t('notifications.chooseTopic') },
                  ...topics.map((topic) => ({
                    value: topic.id,
                    label: localize(topic.name, locale),
                  })),
                ]}
              />
              {city.areas.length ? (
                <Select
                  id={FIELD_IDS.area}
                  label={t('notifications.area')}
                  value={draft.area}
                  onChange={(event) => set('area', event.target.value)}
                  options={[
                    { value: '', label: t('notifications.wholeTown') },
                    ...city.areas.map((area) => ({ value: area.id, label: area.name })),
                  ]}
                />
              ) : null}
              <Fieldset legend={t('notifications.urgency')}>
                {URGENCIES.map((urgency) => (
                  <Radio
                    key={urgency}
                    name="urgency"
                    value={urgency}
                    checked={draft.urgency === urgency}
                    onChange={() => set('urgency', urgency)}
                    label={t(`notifications.urgency.${urgency}`)}
                  />
                ))}
              </Fieldset>
              <Fieldset legend={t('notifications.when')}>
                <Radio
                  name="when"
                  value="now"
                  checked={!draft.later}
                  onChange={() => set('later', false)}
                  label={t('notifications.now')}
                />
                <Radio
                  name="when"
                  value="later"
                  checked={draft.later}
                  onChange={() => set('later', true)}
                  label={t('notifications.later')}
                />
                {draft.later ? (
                  <TextField
                    id={FIELD_IDS.sendAt}
                    type="datetime-local"
                    label={t('notifications.sendAt')}
                    required
                    value={draft.sendAt}
                    error={errors.sendAt}
                    onChange={(event) => set('sendAt', event.target.value)}
                  />
                ) : null}
              </Fieldset>
              <div>
                <Button type="submit" busy={busy}>
                  {draft.later ? t('notifications.schedule') : t('notifications.send')}
                </Button>
              </div>
            </Form>
            <Status>{done ? <Alert tone="success" live="off" title={done} /> : null}</Status>
            <section aria-labelledby="notification-preview" className="city-notification-preview">
              <h3 id="notification-preview">{t('notifications.preview')}</h3>
              <p>{t('notifications.previewHint')}</p>
              <div className="city-card">
                <p className="city-card__body">
                  <small>
                    {city.branding.appName} · {draft.topic ? topicName(draft.topic) : '—'}
                  </small>
                </p>
                <p className="city-card__title">
                  <strong>{previewTitle}</strong>
                </p>
                {previewBody ? <p className="city-card__body">{previewBody}</p> : null}
                {draft.url.trim() ? (
                  <p className="city-card__body">
                    <small>{draft.url.trim()}</small>
                  </p>
                ) : null}
              </div>
            </section>
          </div>
        )}
      </section>
      <section aria-labelledby="notification-history">
        <h2 id="notification-history">{t('notifications.history')}</h2>
        <p>
          <Button variant="secondary" onClick={() => void loadDispatches()}>
            {t('notifications.refresh')}
          </Button>
        </p>
        {dispatches === null ? null : dispatches.length === 0 ? (
          <p>{t('notifications.none')}</p>
        ) : (
          <WideTable label={t('notifications.history')}>
            <thead>
              <tr>
                {(
                  [
                    'title',
                    'topic',
                    'area',
                    'time',
                    'recipients',
                    'sent',
                    'pending',
                    'failed',
                    'gone',
                  ] as const
                ).map((col) => (
                  <th key={col} scope="col">
                    {t(`notifications.col.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dispatches.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {typeof d.title === 'string' ? d.title : localize(d.title, locale)}
                  </th>
                  <td>{topicName(d.topic)}</td>
                  <td>{areaName(d.area)}</td>
                  <td>
                    {time(d.sendAt)}
                    {d.state === 'pending' ? ` (${t('notifications.planned')})` : ''}
                  </td>
                  <td>{d.recipients ?? '–'}</td>
                  <td>{d.deliveries.sent}</td>
                  <td>{d.deliveries.pending + d.deliveries.sending}</td>
                  <td>{d.deliveries.failed}</td>
                  <td>{d.deliveries.gone}</td>
                </tr>
              ))}
            </tbody>
          </WideTable>
        )}
      </section>
    </>
  );
}
