import { createTranslator, type Locale } from '@city-app/core';
import { writeCalendar } from '@city-app/core/icalendar';
import type { MeetingDetail } from '../../api/meeting.js';
import { calendarMessages } from '../../messages/calendar.js';

const translators = {
  de: createTranslator('de', calendarMessages),
  en: createTranslator('en', calendarMessages),
};

export interface MeetingCalendar {
  locale: Locale;
  timezone: string;
  /** The app's origin: the UID's host and the start of the link back. */
  origin: string;
  /** The meeting's page, e.g. `/rat/<key>`. */
  path: string;
  now: Date;
}

/**
 * The UID "Meine Termine" gives the meeting too (`<module>.<entry>@<host>`): the key is a hash
 * of the OParl id, so a meeting moved or renamed replaces its event instead of adding one.
 */
export const meetingUid = (key: string, host: string) => `council.${key}@${host}`;

/**
 * One meeting as an iCalendar file to add to a calendar: the interface's words in the
 * resident's language, the council's own text (name, place, agenda) as it wrote it.
 */
export function meetingCalendar(meeting: MeetingDetail, options: MeetingCalendar): string {
  const t = translators[options.locale];
  const committees = meeting.organizations.flatMap((o) => (o.name ? [o.name] : []));
  const agenda = meeting.agenda.map((item) => {
    const name = item.name ?? t('council.calendar.itemUntitled');
    return item.number ? t('council.calendar.item', { number: item.number, name }) : name;
  });
  const description = [
    meeting.cancelled ? t('council.calendar.cancelled') : null,
    committees.length ? t('council.calendar.committees', { names: committees.join(', ') }) : null,
    agenda.length ? [t('council.calendar.agenda'), ...agenda].join('\n') : null,
  ].filter((part): part is string => part !== null);
  return writeCalendar(
    [
      {
        uid: meetingUid(meeting.key, new URL(options.origin).hostname),
        start: meeting.start,
        ...(meeting.end && meeting.end > meeting.start ? { end: meeting.end } : {}),
        summary: meeting.name ?? t('council.calendar.untitled'),
        status: meeting.cancelled ? 'CANCELLED' : 'CONFIRMED',
        ...(meeting.place ? { location: meeting.place } : {}),
        ...(description.length ? { description: description.join('\n\n') } : {}),
        url: `${options.origin}${options.path}`,
      },
    ],
    {
      productId: '-//city-app//council//DE',
      timezone: options.timezone,
      now: options.now,
      method: 'PUBLISH',
    },
  );
}
