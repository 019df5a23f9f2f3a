import { Alert, Button, Fieldset, PageHeading, Radio, Spinner, Status } from '@city-app/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../../admin/error-text.js';
import { useCity } from '../../app/context.js';
import { useMessages } from '../../i18n/use-messages.js';
import { FeedbackDetail } from './feedback-detail.js';
import { feedbackInboxMessages } from './messages.js';
import type { InboxItem, InboxPage } from './types.js';

const PAGE_SIZE = 25;
type Filter = 'all' | 'unread';

/** `/admin/feedback`: the administrators' inbox — list, open, answer by e-mail, delete. */
export default function FeedbackInboxScreen() {
  const { api, locale } = useCity();
  const t = useMessages(feedbackInboxMessages);
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState<InboxPage | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    async (offset = 0) => {
      setError('');
      try {
        const next = await api.get<InboxPage>(
          `/api/feedback?filter=${filter}&limit=${PAGE_SIZE}&offset=${offset}`,
        );
        setPage((before) =>
          offset && before ? { ...next, feedback: [...before.feedback, ...next.feedback] } : next,
        );
      } catch (e) {
        setError(errorText(e, t));
      }
    },
    [api, filter, t],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const date = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

  /** Back to the list: it is read again, and focus goes to its heading. */
  const close = (message = '') => {
    setOpenId(null);
    setDone(message);
    void load().then(() => heading.current?.focus());
  };

  if (openId) {
    return (
      <>
        <PageHeading>{t('inbox.title')}</PageHeading>
        <FeedbackDetail id={openId} date={date} t={t} onClose={close} />
      </>
    );
  }

  return (
    <>
      <PageHeading lead={t('inbox.lead')}>{t('inbox.title')}</PageHeading>
      {error ? <Alert tone="error" title={error} /> : null}
      <Status>{done ? <Alert tone="success" live="off" title={done} /> : null}</Status>
      <section aria-labelledby="feedback-inbox">
        <h2 id="feedback-inbox" ref={heading} tabIndex={-1}>
          {t('inbox.list')}
        </h2>
        <Fieldset legend={t('inbox.filter')}>
          {(['all', 'unread'] as const).map((value) => (
            <Radio
              key={value}
              name="feedback-filter"
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
              label={t(`inbox.filter.${value}`)}
            />
          ))}
        </Fieldset>
        {page === null ? (
          error ? null : (
            <Spinner />
          )
        ) : (
          <>
            <p>
              {t('inbox.counts', {
                total: filter === 'all' ? page.total : page.unread,
                unread: page.unread,
              })}
            </p>
            {page.feedback.length === 0 ? (
              <p>{t('inbox.empty')}</p>
            ) : (
              <ul className="city-link-list city-feedback-list">
                {page.feedback.map((item) => (
                  <InboxEntry
                    key={item.id}
                    item={item}
                    date={date}
                    t={t}
                    onOpen={() => {
                      setDone('');
                      setOpenId(item.id);
                    }}
                  />
                ))}
              </ul>
            )}
            {page.feedback.length < (filter === 'all' ? page.total : page.unread) ? (
              <p>
                <Button variant="secondary" onClick={() => void load(page.feedback.length)}>
                  {t('inbox.more')}
                </Button>
              </p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}

const EXCERPT = 140;

function InboxEntry({
  item,
  date,
  t,
  onOpen,
}: {
  item: InboxItem;
  date(iso: string): string;
  t: ReturnType<typeof useMessages>;
  onOpen(): void;
}) {
  const excerpt =
    item.message.length > EXCERPT ? `${item.message.slice(0, EXCERPT)} …` : item.message;
  return (
    <li className="city-card">
      <p className="city-card__title">
        {item.read ? t('inbox.read') : <strong>{t('inbox.unread')}</strong>}
        {' · '}
        {date(item.createdAt)}
        {' · '}
        {item.name ?? item.email ?? t('inbox.anonymous')}
      </p>
      <p className="city-card__body">{excerpt}</p>
      {item.answerCount ? <p>{t('inbox.answered', { count: item.answerCount })}</p> : null}
      <p>
        <Button variant="secondary" onClick={onOpen}>
          {t('inbox.openLabel', { date: date(item.createdAt) })}
        </Button>
      </p>
    </li>
  );
}
