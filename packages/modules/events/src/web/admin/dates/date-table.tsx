import { RowActions, StackedRow, StackedTable } from '@city-app/ui';
import { formatStaffDate, formatStaffTime } from '@city-app/web';
import type { StaffEvent } from '../../../api/staff-event.js';
import type { Staff } from '../staff.js';

export type StaffDate = StaffEvent['dates'][number];
export type DateEdit = { kind: 'cancel' | 'move'; date: StaffDate };

/**
 * An event's dates: the day, the time, whether it takes place (in words, struck through when
 * cancelled), the note, and the actions that fit. Each button names its date for screen
 * readers, its visible word first (WCAG 2.5.3).
 */
export function DateTable({
  staff,
  dates,
  allDay,
  busy,
  onEdit,
  onRestore,
}: {
  staff: Staff;
  dates: readonly StaffDate[];
  allDay: boolean;
  busy: string | null;
  onEdit(edit: DateEdit): void;
  onRestore(date: StaffDate): void;
}) {
  const { t, locale, timeZone } = staff;
  if (!dates.length) return <p>{t('events.staff.dates.none')}</p>;
  const time = (d: StaffDate) =>
    allDay
      ? t('events.staff.dates.allDay')
      : [d.start, d.end]
          .filter((m): m is string => m !== null)
          .map((m) => formatStaffTime(m, locale, timeZone))
          .join('–');
  return (
    <StackedTable
      label={t('events.staff.dates.title')}
      columns={[
        t('events.staff.dates.date'),
        t('events.staff.dates.time'),
        t('events.staff.dates.state'),
        t('events.staff.dates.note'),
        t('events.staff.dates.actions'),
      ]}
    >
      {dates.map((d) => {
        const day = formatStaffDate(d.localDate, locale);
        const planned = formatStaffDate(d.originalDate, locale);
        const cancelled = d.status === 'cancelled';
        return (
          <StackedRow
            key={d.originalDate}
            header={cancelled ? <s>{day}</s> : day}
            cells={[
              time(d),
              d.status === 'moved'
                ? t('events.staff.dates.moved', { date: planned })
                : t(`events.staff.dates.${d.status}`),
              d.note ?? '–',
            ]}
            actions={
              <RowActions
                actions={[
                  !cancelled && {
                    word: t('events.staff.dates.cancel'),
                    name: t('events.staff.dates.cancelOn', { date: planned }),
                    onClick: () => onEdit({ kind: 'cancel', date: d }),
                  },
                  !cancelled && {
                    word: t('events.staff.dates.move'),
                    name: t('events.staff.dates.moveOn', { date: planned }),
                    onClick: () => onEdit({ kind: 'move', date: d }),
                  },
                  d.status !== 'scheduled' && {
                    word: t('events.staff.dates.restore'),
                    name: t('events.staff.dates.restoreOn', { date: planned }),
                    busy: busy === `restore-${d.originalDate}`,
                    onClick: () => onRestore(d),
                  },
                ]}
              />
            }
          />
        );
      })}
    </StackedTable>
  );
}
