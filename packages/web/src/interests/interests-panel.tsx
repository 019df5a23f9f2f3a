import { FIELDS_OF_ACTION, localize } from '@city-app/core';
import {
  currentSubscription,
  deleteData,
  exportData,
  INSTALLATION_STORAGE_KEY,
  isPushClientError,
  listTopics,
  loadPreferences,
  type Preferences,
  type PushSupport,
  pushSupport,
  type StoredPreferences,
  savePreferences,
  sendTestNotification,
  subscribe,
  type TopicChoice,
  unsubscribe,
} from '@city-app/notify/browser';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Form,
  type FormError,
  Spinner,
  Status,
  TextField,
} from '@city-app/ui';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCity } from '../app/context.js';
import { useMessages } from '../i18n/use-messages.js';
import { describePushError } from './describe-push-error.js';
import { interestsMessages } from './messages.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Choice {
  topics: string[];
  areas: string[];
  quiet: boolean;
  from: string;
  to: string;
}

const EMPTY: Choice = { topics: [], areas: [], quiet: false, from: '22:00', to: '07:00' };

function choiceOf(stored: StoredPreferences | null): Choice {
  if (!stored) return EMPTY;
  return {
    topics: stored.topics,
    areas: stored.areas,
    quiet: stored.quietHours !== null,
    from: stored.quietHours?.start ?? EMPTY.from,
    to: stored.quietHours?.end ?? EMPTY.to,
  };
}

function hasStoredId(): boolean {
  try {
    return !!localStorage.getItem(INSTALLATION_STORAGE_KEY);
  } catch {
    return false;
  }
}

const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...new Set([...list, id])] : list.filter((x) => x !== id);

/** Topics in the order of the fields of action; topics without a field come last. */
function groupByField(topics: TopicChoice[]): Array<[string | undefined, TopicChoice[]]> {
  const known = Object.keys(FIELDS_OF_ACTION);
  const groups = new Map<string | undefined, TopicChoice[]>();
  for (const topic of topics) {
    const field = topic.field && known.includes(topic.field) ? topic.field : undefined;
    groups.set(field, [...(groups.get(field) ?? []), topic]);
  }
  return [...groups.entries()].sort(
    ([a], [b]) =>
      (a === undefined ? known.length : known.indexOf(a)) -
      (b === undefined ? known.length : known.indexOf(b)),
  );
}

/** Settings section "Meine Interessen": topics, districts, quiet hours, push on/off, my data. */
export default function InterestsPanel() {
  const { city, locale } = useCity();
  const t = useMessages(interestsMessages);
  const [support, setSupport] = useState<PushSupport>(() => pushSupport());
  const [topics, setTopics] = useState<TopicChoice[] | 'failed' | undefined>(undefined);
  const [stored, setStored] = useState<StoredPreferences | null>(null);
  const [subscribed, setSubscribed] = useState(false);
  const [choice, setChoice] = useState<Choice>(EMPTY);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const language = locale === 'en' ? 'en' : 'de';

  const describe = useCallback((error: unknown) => describePushError(error, t), [t]);

  const load = useCallback(async () => {
    setTopics(undefined);
    try {
      const [list, saved, subscription] = await Promise.all([
        listTopics(),
        hasStoredId() ? loadPreferences() : Promise.resolve(null),
        currentSubscription(),
      ]);
      setStored(saved);
      setChoice(choiceOf(saved));
      setSubscribed(!!subscription);
      setTopics(list);
    } catch {
      setTopics('failed');
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // Notifications speak the app's language: follow it when the resident switches.
  useEffect(() => {
    if (!subscribed || !stored || stored.locale === language) return;
    savePreferences({ ...stored, locale: language }).then(setStored, () => {});
  }, [subscribed, stored, language]);

  const preferences = (): Preferences => ({
    topics: choice.topics,
    areas: choice.areas,
    locale: language,
    quietHours: choice.quiet ? { start: choice.from, end: choice.to } : null,
  });

  const firstTopicId = useMemo(
    () =>
      Array.isArray(topics) && topics[0] ? `interest-topic-${topics[0].id}` : 'interest-topics',
    [topics],
  );

  const validate = (): boolean => {
    const problems: Record<string, string> = {};
    if (!choice.topics.length) problems[firstTopicId] = t('interests.topicsRequired');
    if (choice.quiet) {
      if (!CLOCK.test(choice.from)) problems['interest-quiet-from'] = t('interests.quietInvalid');
      if (!CLOCK.test(choice.to)) problems['interest-quiet-to'] = t('interests.quietInvalid');
      else if (choice.from === choice.to) problems['interest-quiet-to'] = t('interests.quietSame');
    }
    setFieldErrors(problems);
    setErrors(Object.entries(problems).map(([fieldId, text]) => ({ fieldId, message: text })));
    return !Object.keys(problems).length;
  };

  const run = async (name: string, action: () => Promise<string | null>) => {
    setBusy(name);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ tone: 'success', text: done });
    } catch (error) {
      if (isPushClientError(error) && error.code === 'denied') setSupport('denied');
      setMessage({ tone: 'error', text: describe(error) });
    } finally {
      setBusy(null);
    }
  };

  const submit = () => {
    if (!validate()) return;
    // subscribe() asks for permission at once, while the click still counts as a gesture.
    const pending = subscribed
      ? savePreferences(preferences())
      : subscribe({ preferences: preferences() });
    return run('save', async () => {
      setStored(await pending);
      const wasOn = subscribed;
      setSubscribed(true);
      return wasOn ? t('interests.saved') : t('interests.subscribed');
    });
  };

  const download = () =>
    run('export', async () => {
      const data = hasStoredId() ? await exportData() : null;
      if (!data) return t('interests.exportNothing');
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = 'benachrichtigungen.json';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return null;
    });

  const remove = () =>
    run('delete', async () => {
      await deleteData();
      setStored(null);
      setSubscribed(false);
      setChoice(EMPTY);
      setConfirmDelete(false);
      return t('interests.deleted');
    });

  useEffect(() => {
    if (confirmDelete) document.getElementById('interests-delete-yes')?.focus();
  }, [confirmDelete]);

  const state =
    support === 'supported'
      ? subscribed
        ? { key: 'on', tone: 'success' as const }
        : { key: 'off', tone: 'info' as const }
      : {
          key: support === 'needs-install' ? 'needsInstall' : support,
          tone: 'warning' as const,
        };

  if (topics === undefined) return <Spinner label={t('interests.loading')} />;
  if (topics === 'failed') {
    return (
      <Alert tone="error" live="off" title={t('interests.loadFailed')}>
        <Button variant="secondary" onClick={() => void load()}>
          {t('interests.retry')}
        </Button>
      </Alert>
    );
  }

  const canChoose = support === 'supported';
  return (
    <div className="city-interests">
      <p>{t('interests.lead')}</p>
      <Alert tone={state.tone} live="off" title={t(`interests.state.${state.key}.title`)}>
        <p>{t(`interests.state.${state.key}.text`)}</p>
      </Alert>
      {canChoose ? (
        <Form onSubmit={submit} errors={errors} aria-label={t('interests.title')}>
          {topics.length === 0 ? <p>{t('interests.noTopics')}</p> : null}
          {groupByField(topics).map(([field, group]) => (
            <Fieldset
              key={field ?? 'other'}
              legend={
                field
                  ? localize(FIELDS_OF_ACTION[field as keyof typeof FIELDS_OF_ACTION], locale)
                  : t('interests.fieldOther')
              }
            >
              {group.map((topic) => {
                const id = `interest-topic-${topic.id}`;
                return (
                  <Checkbox
                    key={topic.id}
                    id={id}
                    name="topics"
                    value={topic.id}
                    label={localize(topic.name, locale)}
                    description={localize(topic.description, locale)}
                    error={fieldErrors[id]}
                    checked={choice.topics.includes(topic.id)}
                    onChange={(event) =>
                      setChoice({
                        ...choice,
                        topics: toggle(choice.topics, topic.id, event.target.checked),
                      })
                    }
                  />
                );
              })}
            </Fieldset>
          ))}
          {city.areas.length ? (
            <Fieldset legend={t('interests.areas')} description={t('interests.areasHint')}>
              {city.areas.map((area) => (
                <Checkbox
                  key={area.id}
                  id={`interest-area-${area.id}`}
                  name="areas"
                  value={area.id}
                  label={area.name}
                  checked={choice.areas.includes(area.id)}
                  onChange={(event) =>
                    setChoice({
                      ...choice,
                      areas: toggle(choice.areas, area.id, event.target.checked),
                    })
                  }
                />
              ))}
            </Fieldset>
          ) : null}
          <Fieldset legend={t('interests.quiet')} description={t('interests.quietHint')}>
            <Checkbox
              id="interest-quiet"
              label={t('interests.quietUse')}
              checked={choice.quiet}
              onChange={(event) => setChoice({ ...choice, quiet: event.target.checked })}
            />
            {choice.quiet ? (
              <>
                <TextField
                  id="interest-quiet-from"
                  type="time"
                  label={t('interests.quietFrom')}
                  value={choice.from}
                  error={fieldErrors['interest-quiet-from']}
                  onChange={(event) => setChoice({ ...choice, from: event.target.value })}
                />
                <TextField
                  id="interest-quiet-to"
                  type="time"
                  label={t('interests.quietTo')}
                  value={choice.to}
                  error={fieldErrors['interest-quiet-to']}
                  onChange={(event) => setChoice({ ...choice, to: event.target.value })}
                />
              </>
            ) : null}
          </Fieldset>
          <p>{t('interests.language')}</p>
          <div className="city-interests__actions">
            <Button type="submit" busy={busy === 'save'}>
              {subscribed ? t('interests.save') : t('interests.subscribe')}
            </Button>
            {subscribed ? (
              <>
                {' '}
                <Button
                  variant="secondary"
                  busy={busy === 'test'}
                  onClick={() =>
                    run('test', async () => {
                      await sendTestNotification();
                      return t('interests.testSent');
                    })
                  }
                >
                  {t('interests.test')}
                </Button>{' '}
                <Button
                  variant="secondary"
                  busy={busy === 'off'}
                  onClick={() =>
                    run('off', async () => {
                      await unsubscribe();
                      setSubscribed(false);
                      return t('interests.unsubscribed');
                    })
                  }
                >
                  {t('interests.unsubscribe')}
                </Button>
              </>
            ) : null}
          </div>
        </Form>
      ) : null}
      <Status>
        {message ? <Alert tone={message.tone} live="off" title={message.text} /> : null}
      </Status>
      {stored || subscribed ? (
        <section aria-labelledby="interests-data">
          <h3 id="interests-data">{t('interests.data')}</h3>
          <p>{t('interests.dataHint')}</p>
          <p>
            <Button variant="secondary" busy={busy === 'export'} onClick={download}>
              {t('interests.export')}
            </Button>{' '}
            {confirmDelete ? null : (
              <Button variant="danger" id="interests-delete" onClick={() => setConfirmDelete(true)}>
                {t('interests.delete')}
              </Button>
            )}
          </p>
          {confirmDelete ? (
            <div>
              <p id="interests-delete-question">{t('interests.deleteConfirm')}</p>
              <Button
                variant="danger"
                id="interests-delete-yes"
                busy={busy === 'delete'}
                onClick={remove}
              >
                {t('interests.deleteYes')}
              </Button>{' '}
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirmDelete(false);
                  requestAnimationFrame(() => document.getElementById('interests-delete')?.focus());
                }}
              >
                {t('interests.deleteNo')}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
