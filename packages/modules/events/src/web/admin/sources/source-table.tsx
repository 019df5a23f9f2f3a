import { Button, WideTable } from '@city-app/ui';
import type { FeedSource } from '../../../api/feed-source.js';
import { GermanText } from '../../parts/localized-text.js';
import type { Staff } from '../staff.js';
import type { OfferingModule } from './source-form.js';
import { resultText } from './source-result.js';

type Action = 'sync' | 'dryRun' | 'toggle' | 'delete';

function when(instant: string, staff: Staff): string {
  return new Intl.DateTimeFormat(staff.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: staff.timeZone,
  }).format(new Date(instant));
}

/** Each subscribed calendar with its address (or app part), its health in words, and what staff can do. */
export function SourceTable({
  staff,
  sources,
  modules,
  busy,
  onAction,
}: {
  staff: Staff;
  sources: FeedSource[];
  /** The app's parts that offer dates, for their names; one switched off shows by its id. */
  modules: OfferingModule[];
  busy: string | null;
  onAction(action: Action, source: FeedSource): void;
}) {
  const { t, locale } = staff;
  if (!sources.length) return <p>{t('events.staff.sources.none')}</p>;
  const moduleTitle = (id: string | null) => {
    const title = modules.find((m) => m.id === id)?.title;
    return title ? (title[locale] ?? title.de) : (id ?? '');
  };
  const button = (
    action: Action,
    source: FeedSource,
    word: string,
    variant: 'secondary' | 'danger',
  ) => (
    <Button
      variant={variant}
      busy={busy === `${action}:${source.id}`}
      onClick={() => onAction(action, source)}
      aria-label={t(`events.staff.sources.${word}Name`, { name: source.name })}
    >
      {t(`events.staff.sources.${word}`)}
    </Button>
  );
  return (
    <WideTable label={t('events.staff.sources.title')}>
      <thead>
        <tr>
          <th scope="col">{t('events.staff.sources.name')}</th>
          <th scope="col">{t('events.staff.sources.health')}</th>
          <th scope="col">{t('events.staff.sources.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <GermanText text={s.name} locale={locale} />
              <br />
              <span className="events-admin__source-url">
                {s.url ?? t('events.staff.sources.fromModule', { module: moduleTitle(s.module) })}
              </span>
            </th>
            <td>
              <ul className="events-admin__marks-list">
                {s.active ? null : <li>{t('events.staff.sources.paused')}</li>}
                <li>
                  {s.lastSuccessAt
                    ? t('events.staff.sources.ok', { when: when(s.lastSuccessAt, staff) })
                    : t('events.staff.sources.never')}
                </li>
                {s.failures > 0 && s.lastError ? (
                  <li>
                    <strong>
                      {t('events.staff.sources.failing', { count: String(s.failures), error: '' })}
                    </strong>
                    {/* Stored in German when the sync failed. */}
                    <span lang="de">{s.lastError}</span>
                  </li>
                ) : null}
                {s.lastResult ? <li>{resultText(t, s.lastResult)}</li> : null}
              </ul>
              {s.lastResult?.skipped.length ? (
                <details>
                  <summary>{t('events.staff.sources.skippedTitle')}</summary>
                  <ul>
                    {s.lastResult.skipped.map((k) => (
                      <li key={k.item}>
                        {k.item}: {k.reason[locale]}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </td>
            <td>
              <div className="events-admin__actions">
                {button('sync', s, 'sync', 'secondary')}
                {button('dryRun', s, 'dryRun', 'secondary')}
                {button('toggle', s, s.active ? 'pause' : 'resume', 'secondary')}
                {button('delete', s, 'delete', 'danger')}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
