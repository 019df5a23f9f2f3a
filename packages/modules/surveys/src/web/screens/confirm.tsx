import { Alert, PageHeading, Spinner } from '@city-app/ui';
import { failureText, Link } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useRef, useState } from 'react';
import type { ConfirmResult } from '../../api/ballot.js';
import { useSurveys } from '../parts/use-surveys.js';
import { paths } from '../paths.js';

type State =
  | { kind: 'working' }
  | { kind: 'done'; result: ConfirmResult }
  | { kind: 'failed'; message: string };

/**
 * `/umfragen/bestaetigen#<token>`: the voter followed the link in the mail. The token comes
 * in the fragment (browsers never send it); it is confirmed once and taken out of the address.
 */
export default function ConfirmScreen(_props: ScreenProps) {
  const { t, api, locale } = useSurveys();
  const [state, setState] = useState<State>({ kind: 'working' });
  const asked = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    if (!token) {
      setState({ kind: 'failed', message: t('surveys.confirm.noToken') });
      return;
    }
    window.history.replaceState(window.history.state, '', window.location.pathname);
    api
      .post<ConfirmResult>(paths.confirmApi, { token })
      .then((result) => setState({ kind: 'done', result }))
      .catch((error: unknown) => setState({ kind: 'failed', message: failureText(error, t) }));
  }, [api, t]);

  useEffect(() => {
    if (state.kind !== 'working') heading.current?.focus();
  }, [state.kind]);

  return (
    <>
      <PageHeading>{t('surveys.confirm.title')}</PageHeading>
      {state.kind === 'working' ? <Spinner label={t('surveys.confirm.working')} /> : null}
      {state.kind === 'done' ? (
        <Alert tone="success">
          <h2 tabIndex={-1} ref={heading}>
            {t('surveys.confirm.doneTitle')}
          </h2>
          <p>{t('surveys.confirm.done', { title: state.result.title[locale] })}</p>
          <p>
            <Link to={paths.survey(state.result.surveyId)}>{t('surveys.confirm.show')}</Link>
          </p>
        </Alert>
      ) : null}
      {state.kind === 'failed' ? (
        <Alert tone="error">
          <h2 tabIndex={-1} ref={heading}>
            {t('surveys.confirm.failedTitle')}
          </h2>
          <p>{state.message}</p>
          <p>
            <Link to={paths.list}>{t('surveys.confirm.list')}</Link>
          </p>
        </Alert>
      ) : null}
    </>
  );
}
