import { Button } from '@city-app/ui';
import { formatStaffInstant, isApiError, useAction, useResource } from '@city-app/web';
import { type ReactNode, useEffect, useState } from 'react';
import type { ForwardingState } from '../../../api/forwarding.js';
import { FactList } from '../parts/fact-list.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { SectionOutcome } from './section-outcome.js';

/**
 * Where the report went to an outside Open311 server (the county's road authority) and how
 * that stands; a failed sending can be tried again. Nothing for a report not forwarded.
 */
export function ForwardingPanel({ staff, publicId }: { staff: Staff; publicId: string }) {
  const { t, api, locale, timeZone } = staff;
  const loaded = useResource(
    () =>
      api.get<ForwardingState>(adminApi.forwarding(publicId)).catch((error: unknown) => {
        // Not forwarded (its category goes to no outside server): the panel is left out.
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }),
    [publicId],
  );
  const action = useAction(staff);
  const [state, setState] = useState<ForwardingState | null>(null);
  useEffect(() => setState(loaded.data ?? null), [loaded.data]);
  if (!state) return null;

  const when = (instant: string | null) =>
    instant ? formatStaffInstant(instant, locale, timeZone) : t('reports.staff.forwarding.never');
  const target = state.target.name[locale] ?? state.target.name.de;
  const facts: Array<[string, ReactNode]> = [
    [t('reports.staff.forwarding.target'), target],
    [t('reports.staff.forwarding.state'), t(`reports.staff.forwarding.state.${state.state}`)],
    [t('reports.staff.forwarding.attempts'), String(state.attempts)],
  ];
  if (state.nextTryAt) facts.push([t('reports.staff.forwarding.nextTry'), when(state.nextTryAt)]);
  if (state.lastError) {
    // What the other server answered, in its own words.
    facts.push([t('reports.staff.forwarding.lastError'), <code key="e">{state.lastError}</code>]);
  }
  facts.push([t('reports.staff.forwarding.sentAt'), when(state.sentAt)]);
  if (state.remoteId) facts.push([t('reports.staff.forwarding.remoteId'), state.remoteId]);
  if (state.remoteStatus) {
    facts.push([
      t('reports.staff.forwarding.remoteStatus'),
      t(`reports.staff.forwarding.remote.${state.remoteStatus}`),
    ]);
  }
  if (state.remoteNotes) {
    facts.push([
      t('reports.staff.forwarding.remoteNotes'),
      <span key="n" lang={locale === 'de' ? undefined : 'de'}>
        {state.remoteNotes}
      </span>,
    ]);
  }
  facts.push([t('reports.staff.forwarding.checkedAt'), when(state.checkedAt)]);

  return (
    <section aria-labelledby="reports-forwarding-heading">
      <h2 id="reports-forwarding-heading">{t('reports.staff.forwarding.title')}</h2>
      <SectionOutcome staff={staff} action={action} />
      <FactList facts={facts} />
      {state.state === 'failed' ? (
        <Button
          variant="secondary"
          busy={action.busy === 'retry'}
          onClick={async () => {
            const retried = await action.run(
              'retry',
              () => api.post<ForwardingState>(adminApi.retryForwarding(publicId)),
              () => t('reports.staff.forwarding.retried', { target }),
            );
            if (retried) setState(retried);
          }}
        >
          {t('reports.staff.forwarding.retry')}
        </Button>
      ) : null}
    </section>
  );
}
