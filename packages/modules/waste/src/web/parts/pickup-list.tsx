import type { Locale, Translate } from '@city-app/core';
import type { Pickup } from '../../api/pickups.js';
import { formatDay } from './days.js';
import { PickupState } from './pickup-state.js';
import { TypeLabel, type TypeView } from './type-label.js';

/** Pickups from `today` on, grouped by year and then by day. */
export function groupByYearAndDay(pickups: readonly Pickup[], today: string) {
  const years = new Map<string, Map<string, Pickup[]>>();
  for (const pickup of pickups) {
    if (pickup.date < today) continue;
    const year = pickup.date.slice(0, 4);
    const days = years.get(year) ?? new Map<string, Pickup[]>();
    days.set(pickup.date, [...(days.get(pickup.date) ?? []), pickup]);
    years.set(year, days);
  }
  return years;
}

/** Every pickup by date, this year and the next once published. */
export function PickupList({
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
  const byId = new Map(types.map((type) => [type.id, type]));
  const years = groupByYearAndDay(pickups, today);
  return (
    <section aria-labelledby="waste-list">
      <h2 id="waste-list">{t('waste.list.heading')}</h2>
      {years.size === 0 ? <p>{t('waste.list.empty')}</p> : null}
      {[...years].map(([year, days]) => (
        <section key={year} aria-labelledby={`waste-year-${year}`}>
          <h3 id={`waste-year-${year}`}>{t('waste.list.year', { year })}</h3>
          <dl>
            {[...days].map(([day, items]) => (
              <div key={day}>
                <dt>{formatDay(day, locale)}</dt>
                {items.map((pickup) => {
                  const type = byId.get(pickup.typeId);
                  return type ? (
                    <dd key={pickup.typeId}>
                      {pickup.status === 'cancelled' ? (
                        <del>
                          <TypeLabel type={type} locale={locale} />
                        </del>
                      ) : (
                        <TypeLabel type={type} locale={locale} />
                      )}
                      <PickupState pickup={pickup} locale={locale} t={t} />
                    </dd>
                  ) : null;
                })}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
