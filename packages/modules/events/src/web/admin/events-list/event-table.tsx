import { localDateOf } from '@city-app/core';
import { WideTable } from '@city-app/ui';
import { formatStaffDate, StaffLink } from '@city-app/web';
import type { StaffEventSummary } from '../../../api/staff-event.js';
import { adminPaths } from '../paths.js';
import type { Staff } from '../staff.js';

import { SampleMark, StatusMark, sourceText } from './event-marks.js';

/**
 * A page of events: the title (a link to edit it) with its marks, the next date, the status in
 * words, the category and where it came from.
 */
export function EventTable({ staff, events }: { staff: Staff; events: StaffEventSummary[] }) {
  const { t, locale, timeZone } = staff;
  // Titles and places are the town's words, in German, whatever language staff read.
  const german = locale === 'de' ? undefined : 'de';
  return (
    <WideTable label={t('events.staff.nav.events')}>
      <thead>
        <tr>
          <th scope="col">{t('events.staff.list.event')}</th>
          <th scope="col">{t('events.staff.list.next')}</th>
          <th scope="col">{t('events.staff.list.status')}</th>
          <th scope="col">{t('events.staff.list.category')}</th>
          <th scope="col">{t('events.staff.list.source')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              <StaffLink staff={staff} to={adminPaths.event(e.id)}>
                <span lang={german}>{e.title}</span>
              </StaffLink>
              <ul className="events-admin__marks-list">
                {e.place ? <li lang={german}>{e.place}</li> : null}
                {e.series ? <li>{t('events.staff.list.series')}</li> : null}
                {e.cancelled ? <li>{t('events.staff.list.cancelled')}</li> : null}
                {e.sample ? (
                  <li>
                    <SampleMark t={t} />
                  </li>
                ) : null}
              </ul>
            </th>
            <td>
              {/* The API gives the instant the date starts: the day is the town's, not UTC's. */}
              {e.nextDate
                ? formatStaffDate(localDateOf(Date.parse(e.nextDate), timeZone), locale)
                : t('events.staff.list.noNext')}
            </td>
            <td>
              <StatusMark t={t} status={e.status} />
            </td>
            <td>{e.category.title[locale] ?? e.category.title.de}</td>
            <td>{sourceText(t, e.source)}</td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
