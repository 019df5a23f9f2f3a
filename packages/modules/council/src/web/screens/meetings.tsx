import { Button, PageHeading, Status, TextField } from '@city-app/ui';
import { Link, Loaded, useResource, useRouter } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { type FormEvent, useState } from 'react';
import type { MeetingPage } from '../../api/meeting.js';
import { MeetingFacts } from '../parts/meeting-facts.js';
import { Pages } from '../parts/pages.js';
import { SourceText } from '../parts/source-text.js';
import { paths } from '../paths.js';
import { useCouncil } from '../use-council.js';

/** `/rat`: the coming public meetings, earliest first, searchable, page by page. */
export default function MeetingsScreen(_props: ScreenProps) {
  const { t, api, locale, city } = useCouncil();
  const { location, navigate } = useRouter();
  const query = new URLSearchParams(location.search);
  const q = (query.get('q') ?? '').slice(0, 100);
  const page = Math.min(500, Math.max(1, Number(query.get('page')) || 1));
  const [words, setWords] = useState(q);

  const resource = useResource(() => {
    const ask = new URLSearchParams({ page: String(page) });
    if (q) ask.set('q', q);
    return api.get<MeetingPage>(`${paths.api}/meetings?${ask}`);
  }, [api, q, page]);

  // The search and the page stay in the address, so a result can be shared and reloaded.
  const go = (next: { q: string; page: number }) => {
    const ask = new URLSearchParams();
    if (next.q) ask.set('q', next.q);
    if (next.page > 1) ask.set('page', String(next.page));
    const rest = ask.toString();
    navigate(`${paths.list}${rest ? `?${rest}` : ''}`, { replace: true });
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    go({ q: words.trim().slice(0, 100), page: 1 });
  };

  return (
    <div className="council-meetings">
      <PageHeading lead={t('council.meetings.intro')}>{t('council.meetings.heading')}</PageHeading>
      <p>
        <Link to={paths.committees}>{t('council.committees.link')}</Link>
      </p>
      <search className="council-search">
        <form onSubmit={search}>
          <TextField
            type="search"
            label={t('council.search.label')}
            value={words}
            maxLength={100}
            onChange={(event) => setWords(event.currentTarget.value)}
          />
          <Button type="submit">{t('council.search.submit')}</Button>{' '}
          {q ? (
            <Button
              variant="secondary"
              onClick={() => {
                setWords('');
                go({ q: '', page: 1 });
              }}
            >
              {t('council.search.clear')}
            </Button>
          ) : null}
        </form>
      </search>
      <Loaded resource={resource} staff={{ t }}>
        {(data) => (
          <>
            {data.items.length ? (
              <ul className="city-grid council-meetings__items" aria-labelledby="page-title">
                {data.items.map((meeting) => (
                  <li key={meeting.key} className="city-card">
                    <h2 className="city-card__title">
                      <Link to={paths.meeting(meeting.key)}>
                        {meeting.name ? (
                          <SourceText>{meeting.name}</SourceText>
                        ) : (
                          t('council.meeting.untitled')
                        )}
                      </Link>
                    </h2>
                    <div className="city-card__body">
                      <MeetingFacts
                        meeting={meeting}
                        locale={locale}
                        timeZone={city.timezone}
                        t={t}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{q ? t('council.meetings.noMatch', { q }) : t('council.meetings.empty')}</p>
            )}
            <Pages
              page={data.page}
              pages={Math.max(1, Math.ceil(data.total / data.pageSize))}
              onPage={(next) => go({ q, page: next })}
              t={t}
            />
          </>
        )}
      </Loaded>
      <Status visuallyHidden>
        {resource.state === 'ready'
          ? t('council.meetings.count', { count: resource.data.total })
          : ''}
      </Status>
    </div>
  );
}
