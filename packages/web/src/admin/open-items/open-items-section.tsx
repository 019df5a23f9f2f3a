import type { OpenItem } from '@city-app/core';
import { Spinner } from '@city-app/ui';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/api-client.js';
import { useCity } from '../../app/context.js';
import { useMessages } from '../../i18n/use-messages.js';
import { openItemsMessages } from './messages.js';

type State =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'hidden' }
  | { kind: 'ready'; items: OpenItem[] };

/**
 * "Noch einzutragen": what the town still has to fill in (from `GET /api/open-items`, the same
 * list `city-app doctor` prints), each with where to fix it. Self-contained, so the admin
 * overview mounts it with one line; staff without the editor role do not see it.
 */
export function OpenItemsSection() {
  const { api, locale } = useCity();
  const t = useMessages(openItemsMessages);
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    api
      .get<{ items: OpenItem[] }>('/api/open-items')
      .then((answer) => {
        if (!cancelled) {
          setState(
            Array.isArray(answer.items)
              ? { kind: 'ready', items: answer.items }
              : { kind: 'failed' },
          );
        }
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setState(
          isApiError(error) && error.status === 403 ? { kind: 'hidden' } : { kind: 'failed' },
        );
      });
    return () => {
      cancelled = true;
    };
  }, [api]);

  if (state.kind === 'hidden') return null;
  return (
    <section aria-labelledby="admin-open-items" className="city-admin__open-items">
      <h2 id="admin-open-items">{t('openItems.title')}</h2>
      {state.kind === 'loading' ? <Spinner label={t('openItems.loading')} /> : null}
      {state.kind === 'failed' ? <p>{t('openItems.failed')}</p> : null}
      {state.kind === 'ready' && state.items.length === 0 ? <p>{t('openItems.none')}</p> : null}
      {state.kind === 'ready' && state.items.length > 0 ? (
        <>
          <p>{t('openItems.lead')}</p>
          <ul>
            {state.items.map((item) => (
              <li key={item.where}>
                {item.what[locale]}
                <br />
                <small>
                  {item.where === item.file
                    ? t('openItems.where', { where: item.where })
                    : t('openItems.whereIn', { where: item.where, file: item.file })}
                </small>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
