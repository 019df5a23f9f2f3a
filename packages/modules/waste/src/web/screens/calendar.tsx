import { localize } from '@city-app/core';
import { Alert, PageHeading, Spinner } from '@city-app/ui';
import { useCity, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { CalendarSummary } from '../../summary.js';
import { paths } from '../paths.js';

/** `/abfall`: the waste types the town collects. */
export default function CalendarScreen(_props: ScreenProps) {
  const { t, api, locale } = useCity();
  const summary = useResource(() => api.get<CalendarSummary>(paths.api), [api]);
  return (
    <>
      <PageHeading>{t('waste.title')}</PageHeading>
      {summary.state === 'loading' ? <Spinner label={t('waste.title')} /> : null}
      {summary.state === 'failed' ? <Alert tone="error" title={t('waste.title')} /> : null}
      {summary.state === 'ready' ? (
        <ul>
          {summary.data.types.map((type) => (
            <li key={type.id}>{localize(type.name, locale)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
