import { Button, WideTable } from '@city-app/ui';
import { formatStaffDate as formatDate } from '@city-app/web';
import type { PendingSubmission } from '../../../api/submission.js';
import { GermanText } from '../../parts/localized-text.js';
import type { Staff } from '../staff.js';

/** The submissions waiting, the longest waiting first, each to open. */
export function QueueTable({
  staff,
  items,
  onOpen,
}: {
  staff: Staff;
  items: PendingSubmission[];
  onOpen(item: PendingSubmission): void;
}) {
  const { t, locale } = staff;
  if (!items.length) return <p>{t('events.staff.review.none')}</p>;
  return (
    <WideTable label={t('events.staff.review.title')}>
      <thead>
        <tr>
          <th scope="col">{t('events.staff.review.event')}</th>
          <th scope="col">{t('events.staff.review.when')}</th>
          <th scope="col">{t('events.staff.review.organiser')}</th>
          <th scope="col">{t('events.staff.review.submitted')}</th>
          <th scope="col">{t('events.staff.review.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.event.id}>
            <th scope="row">
              <GermanText text={item.event.title} locale={locale} />
            </th>
            <td>{formatDate(item.event.startDate, locale)}</td>
            <td>
              <GermanText text={item.organiser.name} locale={locale} />
            </td>
            <td>{formatDate(item.confirmedAt.slice(0, 10), locale)}</td>
            <td>
              <Button
                variant="secondary"
                onClick={() => onOpen(item)}
                aria-label={t('events.staff.review.openName', { title: item.event.title })}
              >
                {t('events.staff.review.open')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
