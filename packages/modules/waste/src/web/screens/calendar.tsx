import { Link } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { CalendarFrame } from '../parts/calendar-frame.js';
import { CalendarLinks } from '../parts/calendar-links.js';
import { today } from '../parts/days.js';
import { NextPickups } from '../parts/next-pickups.js';
import { PickupList } from '../parts/pickup-list.js';
import { useWasteCalendar } from '../parts/use-calendar.js';
import { paths } from '../paths.js';

/**
 * `/abfall`: the street picker first; with a street, the next pickup of each type, every
 * date of this year and the next, and the calendar subscription.
 */
export default function CalendarScreen(_props: ScreenProps) {
  const calendar = useWasteCalendar();
  const { t, locale, types } = calendar;
  const day = today();
  return (
    <CalendarFrame calendar={calendar} heading={t('waste.title')}>
      {(list) => (
        <>
          <p>
            <Link to={`${paths.screens}/monat`}>{t('waste.month.link')}</Link>
          </p>
          <NextPickups pickups={list.pickups} types={types} today={day} locale={locale} t={t} />
          <PickupList pickups={list.pickups} types={types} today={day} locale={locale} t={t} />
          <CalendarLinks locationId={list.location.id} locale={locale} t={t} />
        </>
      )}
    </CalendarFrame>
  );
}
