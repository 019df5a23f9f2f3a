import { formatStaffDate as formatDate } from '@city-app/web';
import type { ReactNode } from 'react';
import type { Localized } from '../../../api/localized.js';
import type { PendingSubmission } from '../../../api/submission.js';
import { GermanText } from '../../parts/localized-text.js';
import type { Staff } from '../staff.js';

/**
 * Every field of a submitted event and who sent it, as staff check them. What the organiser
 * wrote is German, and marked so where the app speaks English (WCAG 3.1.2).
 */
export function SubmissionFacts({
  staff,
  item,
  categories,
  venues,
}: {
  staff: Staff;
  item: PendingSubmission;
  categories: Array<{ id: string; title: Localized }>;
  venues: Array<{ id: string; name: string }>;
}) {
  const { t, locale } = staff;
  const { event, organiser } = item;
  const none = t('events.staff.review.notGiven');
  const german = (text: string | null | undefined) =>
    text ? <GermanText text={text} locale={locale} /> : none;
  const category = categories.find((c) => c.id === event.category)?.title[locale];
  const venue = venues.find((v) => v.id === event.venueId)?.name;
  const start = formatDate(event.startDate, locale);
  const times = [event.startTime, event.endTime].filter(Boolean).join('–');
  const end =
    event.endDate && event.endDate !== event.startDate ? formatDate(event.endDate, locale) : null;
  const rows: Array<[string, ReactNode]> = [
    [
      t('events.staff.review.when'),
      [start, times, end ? `– ${end}` : ''].filter(Boolean).join(' '),
    ],
    [t('events.staff.review.repeats'), event.repeats?.[locale] ?? none],
    [t('events.staff.review.category'), category ?? event.category],
    [t('events.staff.review.place'), german(venue ?? event.place)],
    [t('events.staff.review.description'), german(event.description)],
    [
      t('events.staff.review.price'),
      event.isFree ? t('events.staff.review.free') : german(event.price),
    ],
    [t('events.staff.review.link'), event.link ?? none],
    [t('events.staff.review.organiser'), german(event.organiserName ?? organiser.name)],
    [t('events.staff.review.contact'), organiser.contact ?? none],
    [t('events.staff.review.email'), organiser.email ?? none],
    [t('events.staff.review.website'), organiser.website ?? none],
    [t('events.staff.review.submitted'), formatDate(item.confirmedAt.slice(0, 10), locale)],
  ];
  return (
    <dl>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd style={{ whiteSpace: 'pre-line' }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
