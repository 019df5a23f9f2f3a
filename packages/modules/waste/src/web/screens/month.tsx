import { Button, Status } from '@city-app/ui';
import { Link } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import { CalendarFrame } from '../parts/calendar-frame.js';
import { formatDay, today } from '../parts/days.js';
import { MonthGrid, shiftMonth } from '../parts/month-grid.js';
import { useWasteCalendar } from '../parts/use-calendar.js';
import { paths } from '../paths.js';

/**
 * `/abfall/monat`: one month at a time as a calendar table, with buttons to the previous and
 * next month within the published dates. At either end a button stays focusable and says it is
 * unavailable, so a keyboard user keeps their place. The pickups are the ones the list loaded
 * (and saved), so changing the month needs no network.
 */
export default function MonthScreen(_props: ScreenProps) {
  const calendar = useWasteCalendar();
  const { t, locale, types } = calendar;
  const [month, setMonth] = useState(() => today().slice(0, 7));
  return (
    <CalendarFrame calendar={calendar} heading={t('waste.month.link')}>
      {(list) => {
        const first = list.from.slice(0, 7);
        const last = list.to.slice(0, 7);
        const monthName = formatDay(`${month}-01`, locale, 'month');
        const inMonth = list.pickups.filter((p) => p.date.startsWith(month));
        return (
          <>
            <p>
              <Link to={paths.screens}>{t('waste.month.listLink')}</Link>
            </p>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5em' }}>
              <Button
                type="button"
                variant="secondary"
                aria-disabled={month <= first}
                onClick={() => month > first && setMonth((m) => shiftMonth(m, -1))}
              >
                {t('waste.month.previous')}
              </Button>
              <Button
                type="button"
                variant="secondary"
                aria-disabled={month >= last}
                onClick={() => month < last && setMonth((m) => shiftMonth(m, 1))}
              >
                {t('waste.month.next')}
              </Button>
            </div>
            <Status visuallyHidden>{monthName}</Status>
            <MonthGrid
              month={month}
              caption={t('waste.month.caption', { month: monthName })}
              pickups={inMonth}
              types={types}
              locale={locale}
              t={t}
            />
            {inMonth.length === 0 ? <p>{t('waste.month.none')}</p> : null}
          </>
        );
      }}
    </CalendarFrame>
  );
}
