import { Alert, PageHeading, Spinner } from '@city-app/ui';
import { failureText, Link } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useRef, useState } from 'react';
import type { ConfirmResult } from '../../api/submission.js';
import { useEvents } from '../parts/use-events.js';
import { paths } from '../paths.js';

type State =
  | { kind: 'working' }
  | { kind: 'done'; result: ConfirmResult }
  | { kind: 'failed'; message: string };

/** The token of the mailed link: it comes in the fragment, which browsers never send. */
const tokenOfFragment = () =>
  typeof window === 'undefined' ? '' : decodeURIComponent(window.location.hash.replace(/^#/, ''));

/**
 * `/veranstaltungen/eintragen/bestaetigen#<token>`: the organiser followed the link in the
 * mail. Confirms once, takes the token out of the address bar, and says what happens next.
 */
export default function ConfirmScreen(_props: ScreenProps) {
  const { t, api } = useEvents();
  const [state, setState] = useState<State>({ kind: 'working' });
  const asked = useRef(new Set<string>());
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const confirm = () => {
      const token = tokenOfFragment();
      // Each token once only: a second request would be refused as "already confirmed".
      if (token && asked.current.has(token)) return;
      if (!token) {
        if (!asked.current.size) setState({ kind: 'failed', message: t('events.confirm.noToken') });
        return;
      }
      asked.current.add(token);
      setState({ kind: 'working' });
      // The token has done its work; it should not stay in the history or a bookmark.
      window.history.replaceState(window.history.state, '', window.location.pathname);
      api
        .post<ConfirmResult>(`${paths.api}/submissions/confirm`, { token })
        .then((result) => setState({ kind: 'done', result }))
        .catch((error: unknown) => setState({ kind: 'failed', message: failureText(error, t) }));
    };
    confirm();
    // The link of a second submission, opened in the same tab, changes only the fragment.
    window.addEventListener('hashchange', confirm);
    return () => window.removeEventListener('hashchange', confirm);
  }, [api, t]);

  useEffect(() => {
    if (state.kind !== 'working') heading.current?.focus();
  }, [state.kind]);

  return (
    <>
      <PageHeading>{t('events.confirm.title')}</PageHeading>
      {state.kind === 'working' ? <Spinner label={t('events.confirm.working')} /> : null}
      {state.kind === 'done' ? (
        <Alert tone="success">
          <h2 tabIndex={-1} ref={heading}>
            {t(
              state.result.status === 'published'
                ? 'events.confirm.publishedTitle'
                : 'events.confirm.pendingTitle',
            )}
          </h2>
          <p>{t(`events.confirm.${state.result.status}`, { title: state.result.title })}</p>
          {state.result.status === 'published' ? (
            <p>
              <Link to={paths.event(state.result.eventId)}>{t('events.confirm.show')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {state.kind === 'failed' ? (
        <Alert tone="error">
          <h2 tabIndex={-1} ref={heading}>
            {t('events.confirm.failedTitle')}
          </h2>
          <p>{state.message}</p>
          <p>
            <Link to={paths.submit}>{t('events.confirm.again')}</Link>
          </p>
        </Alert>
      ) : null}
    </>
  );
}
