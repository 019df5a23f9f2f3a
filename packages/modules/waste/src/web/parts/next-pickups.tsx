import type { Locale, Translate } from '@city-app/core';
import type { Pickup } from '../../api/pickups.js';
import { formatDay, howSoon } from './days.js';
import { PickupState } from './pickup-state.js';
import { TypeLabel, type TypeView } from './type-label.js';

/** The next pickup of each type from `today` on (cancelled ones do not count), in type order. */
export function nextPerType(
  pickups: readonly Pickup[],
  types: readonly TypeView[],
  today: string,
): { type: TypeView; pickup: Pickup | null }[] {
  return types.map((type) => ({
    type,
    pickup:
      pickups.find((p) => p.typeId === type.id && p.status === 'scheduled' && p.date >= today) ??
      null,
  }));
}

/** The next pickup per waste type, each with its date and how soon it is. */
export function NextPickups({
  pickups,
  types,
  today,
  locale,
  t,
}: {
  pickups: readonly Pickup[];
  types: readonly TypeView[];
  today: string;
  locale: Locale;
  t: Translate;
}) {
  return (
    <section aria-labelledby="waste-next">
      <h2 id="waste-next">{t('waste.next.heading')}</h2>
      <ul className="city-stack-list">
        {nextPerType(pickups, types, today).map(({ type, pickup }) => (
          <li key={type.id}>
            <h3>
              <TypeLabel type={type} locale={locale} />
            </h3>
            <p>
              {pickup ? (
                <>
                  <strong>{howSoon(pickup.date, today, t)}</strong>
                  {', '}
                  {formatDay(pickup.date, locale)}
                  <PickupState pickup={pickup} locale={locale} t={t} />
                </>
              ) : (
                t('waste.next.none')
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
