import type { EventDetail } from '../../api/event-detail.js';
import { DateStatus, Struck } from '../parts/date-status.js';
import { GermanText, localizedText } from '../parts/localized-text.js';
import type { EventsContext } from '../parts/use-events.js';
import { describeTimes, formatDay } from '../parts/when.js';
import { paths } from '../paths.js';
import { type DateReminders, LeadChoice, RemindButton, ReminderOutcome } from './date-reminders.js';

type Ctx = Pick<EventsContext, 'locale' | 't' | 'timeZone'>;

/**
 * Every coming date: the day, the times, cancelled or moved in words, and a link that puts
 * that one date into the phone's calendar. A series also says how it repeats, how many dates
 * follow beyond the list, and offers all of them at once.
 */
export function EventDates({
  event,
  ctx,
  reminders,
}: {
  event: EventDetail;
  ctx: Ctx;
  /** "Erinnern" per date, when the page offers it. */
  reminders?: DateReminders;
}) {
  const { locale, t } = ctx;
  const repeats = event.repeats ? localizedText(event.repeats, locale) : null;
  return (
    <section aria-labelledby="events-dates">
      <h2 id="events-dates">{t('events.detail.dates')}</h2>
      {repeats ? (
        <p>
          {t('events.detail.repeats')}: <span lang={repeats.lang}>{repeats.text}</span>
        </p>
      ) : null}
      {event.dates.length === 0 ? <p>{t('events.detail.noDates')}</p> : null}
      {reminders && !event.cancelled && event.dates.length ? (
        <LeadChoice reminders={reminders} t={t} />
      ) : null}
      {reminders ? <ReminderOutcome reminders={reminders} /> : null}
      <ul className="city-stack-list">
        {event.dates.map((date) => {
          const day = formatDay(date.localDate, locale);
          const cancelled = date.status === 'cancelled' || event.cancelled;
          return (
            <li key={date.originalDate}>
              <p>
                <Struck cancelled={cancelled}>
                  <strong>{day}</strong>, {describeTimes({ ...date, allDay: event.allDay }, ctx)}
                </Struck>{' '}
                <DateStatus
                  date={{ ...date, status: cancelled ? 'cancelled' : date.status }}
                  locale={locale}
                  t={t}
                />
                {/* Staff's word on a changed date, written in German like the town's content. */}
                {date.note ? (
                  <>
                    {' – '}
                    <GermanText text={date.note} locale={locale} />
                  </>
                ) : null}
              </p>
              {cancelled ? null : (
                <p>
                  {/* The day in the name, not in hidden text: browsers set a hidden span apart
                      with a space ("In den Kalender : Samstag"). Visible words first (WCAG 2.5.3). */}
                  <a
                    href={paths.dateCalendar(event.id, date.originalDate)}
                    type="text/calendar"
                    aria-label={t('events.detail.addDateOn', { day })}
                  >
                    {t('events.detail.addDate')}
                  </a>
                  {reminders ? (
                    <>
                      {' '}
                      <RemindButton
                        reminders={reminders}
                        date={date.originalDate}
                        day={day}
                        t={t}
                      />
                    </>
                  ) : null}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {event.moreDates > 0 ? (
        <p>
          {event.moreDates === 1
            ? t('events.detail.moreDates.one')
            : t('events.detail.moreDates.other', { count: event.moreDates })}
        </p>
      ) : null}
      {event.repeats && !event.cancelled ? (
        <p>
          <a href={paths.seriesCalendar(event.id)} type="text/calendar">
            {t('events.detail.addSeries')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
