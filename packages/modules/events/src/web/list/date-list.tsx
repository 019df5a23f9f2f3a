import type { EventDate } from '../../api/event-date.js';
import { Struck } from '../parts/date-status.js';
import { DateTitle } from '../parts/date-title.js';
import { GermanText, LocalizedText } from '../parts/localized-text.js';
import type { EventsContext } from '../parts/use-events.js';
import { describeTimes, formatDay } from '../parts/when.js';

/** Dates by the local day they start on, in the order given (earliest first). */
export function groupByDay(dates: readonly EventDate[]): [string, EventDate[]][] {
  const days = new Map<string, EventDate[]>();
  for (const date of dates) days.set(date.localDate, [...(days.get(date.localDate) ?? []), date]);
  return [...days];
}

type Ctx = Pick<EventsContext, 'locale' | 't' | 'timeZone'>;

/** One date in the list: the event's title as a link, when, where, and what it costs. */
function DateEntry({ date, ctx }: { date: EventDate; ctx: Ctx }) {
  const { locale, t } = ctx;
  const cancelled = date.status === 'cancelled';
  // Place and price are the town's own words, in German.
  const details = [
    describeTimes(date, ctx),
    date.place ? <GermanText key="place" text={date.place} locale={locale} /> : null,
    date.isFree ? (
      t('events.free')
    ) : date.price ? (
      <GermanText key="price" text={date.price} locale={locale} />
    ) : null,
  ].filter(Boolean);
  return (
    <li>
      <DateTitle date={date} locale={locale} t={t} />
      <p>
        <Struck cancelled={cancelled}>
          {details.map((detail, i) => [i > 0 ? ' · ' : null, detail])}
        </Struck>
      </p>
      <p>
        <LocalizedText text={date.category.title} locale={locale} />
        {date.venue?.stepFree ? ` · ${t('events.stepFree')}` : null}
      </p>
    </li>
  );
}

/**
 * The dates under a heading per day, each day's dates a list: a screen reader moves by
 * heading from day to day and hears how many dates each has.
 */
export function DateList({ dates, ctx }: { dates: readonly EventDate[]; ctx: Ctx }) {
  return (
    <>
      {groupByDay(dates).map(([day, items]) => (
        <section key={day} aria-labelledby={`events-day-${day}`}>
          <h3 id={`events-day-${day}`}>{formatDay(day, ctx.locale)}</h3>
          <ul className="city-stack-list">
            {items.map((date) => (
              <DateEntry key={`${date.eventId}/${date.originalDate}`} date={date} ctx={ctx} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
