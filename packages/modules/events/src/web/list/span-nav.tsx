import { buttonClassName, VisuallyHidden } from '@city-app/ui';
import { Link } from '@city-app/web';
import type { When } from '../../api/event-date.js';
import { LinkRow } from '../parts/link-row.js';
import type { EventsContext } from '../parts/use-events.js';
import { paths } from '../paths.js';
import { type ListFilters, listPath, withSpan } from './filters.js';

const SPANS: readonly When[] = ['today', 'weekend', 'upcoming'];

/**
 * "Heute", "Dieses Wochenende", "Demnächst" as links that keep the other filters, and the
 * month view. The chosen span is named as chosen for screen readers and by sight with
 * a filled button and a check mark, not by colour alone.
 */
export function SpanNav({ filters, ctx }: { filters: ListFilters; ctx: EventsContext }) {
  const { t } = ctx;
  return (
    <LinkRow label={t('events.when.label')}>
      {SPANS.map((when) => {
        const chosen = filters.when === when;
        return (
          <li key={when}>
            <Link
              to={listPath(withSpan(filters, when))}
              className={buttonClassName(chosen ? 'primary' : 'secondary')}
            >
              {chosen ? <span aria-hidden="true">✓ </span> : null}
              {t(`events.when.${when}`)}
              {chosen ? <VisuallyHidden>{` (${t('events.when.chosen')})`}</VisuallyHidden> : null}
            </Link>
          </li>
        );
      })}
      <li>
        <Link to={paths.month} className={buttonClassName('link')}>
          {t('events.month.link')}
        </Link>
      </li>
    </LinkRow>
  );
}
