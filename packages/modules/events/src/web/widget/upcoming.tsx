import { formatLocalDate, instantToLocal } from '@city-app/core';
import { type HomeWidgetProps, useCity } from '@city-app/web';
import type { EventDatePage } from '../../api/event-date.js';
import { DateTitle } from '../parts/date-title.js';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * "Demnächst in Hagenow" on the home screen: the next dates with day, time and place. The day
 * is spelt with core's words, so the home screen loads no locale data for dates; the time is
 * read on the town's clock (its zone), whatever zone the phone is in.
 */
export default function UpcomingWidget({ data }: HomeWidgetProps<EventDatePage>) {
  const { t, locale, city } = useCity();
  if (!data.items.length) return <p>{t('events.widget.none')}</p>;
  return (
    <ul className="city-stack-list">
      {data.items.map((date) => {
        const { minutes } = instantToLocal(Date.parse(date.start), city.timezone);
        const time = `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
        const day = formatLocalDate(date.localDate, locale, { weekday: true });
        return (
          <li key={`${date.eventId}/${date.originalDate}`}>
            <DateTitle date={date} locale={locale} t={t} />
            <p>
              {day}
              {date.allDay ? `, ${t('events.time.allDay')}` : `, ${t('events.time.at', { time })}`}
              {date.place ? ` · ${date.place}` : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
