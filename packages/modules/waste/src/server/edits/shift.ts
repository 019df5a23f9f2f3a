import { errors } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import { editError } from '../../errors/edits.js';
import { type PickupChange, recordChanges } from '../changes/record.js';
import { isUniqueViolation } from './checks.js';
import type { ShiftInput } from './input.js';
import { findTour } from './tours.js';

/** A date added meanwhile by someone else meets a moved one: refused like any other clash. */
async function collidesAsRefusal<T>(
  tour: string,
  days: number,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw editError('waste_shift_collides', { tour, days, dates: '–' }, { field: 'days' });
  }
}

/**
 * Moves every scheduled pickup of a tour between two dates by a number of days — "the tour
 * runs a day later in the week after Easter" — all or nothing, each recorded for residents.
 * Returns how many moved.
 */
export async function shiftTour(tx: Queryable, tourId: number, input: ShiftInput): Promise<number> {
  if (input.days === 0) {
    throw errors.validation('days', {
      de: 'Verschieben Sie um mindestens einen Tag.',
      en: 'Shift by at least one day.',
    });
  }
  if (input.to < input.from) {
    throw errors.validation('to', {
      de: 'Der Zeitraum muss an oder nach seinem ersten Tag enden.',
      en: 'The range must end on or after its first day.',
    });
  }
  const tour = await findTour(tx, tourId);
  const { rows } = await tx.query<{ id: string | number; date: string; planned: string }>(
    `SELECT id, to_char(date, 'YYYY-MM-DD') AS date,
            to_char(coalesce(planned_date, date), 'YYYY-MM-DD') AS planned
       FROM waste_pickups
      WHERE tour_id = $1 AND status = 'scheduled' AND date BETWEEN $2::date AND $3::date
      ORDER BY date ${input.days > 0 ? 'DESC' : 'ASC'}
      FOR UPDATE`,
    [tour.id, input.from, input.to],
  );
  if (!rows.length) return 0;
  // A moved date may not land on a day the tour keeps (one outside the range, or a cancelled one).
  const clash = await tx.query<{ date: string }>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM waste_pickups
      WHERE tour_id = $1 AND NOT (id = ANY($2::bigint[]))
        AND date IN (SELECT d + $3::int FROM unnest($4::date[]) AS d)
      ORDER BY date`,
    [tour.id, rows.map((r) => r.id), input.days, rows.map((r) => r.date)],
  );
  if (clash.rows.length) {
    throw editError(
      'waste_shift_collides',
      { tour: tour.name, days: input.days, dates: clash.rows.map((r) => r.date).join(', ') },
      { field: 'days' },
    );
  }
  const changes: PickupChange[] = [];
  // Latest first when moving later (earliest first when earlier), so no row meets another
  // moved row's old date on the way.
  for (const row of rows) {
    const { rows: moved } = await collidesAsRefusal(tour.name, input.days, () =>
      tx.query<{ date: string }>(
        `UPDATE waste_pickups
          SET date = date + $2::int,
              planned_date = CASE WHEN date + $2::int = $3::date THEN NULL ELSE $3::date END,
              reason = CASE WHEN date + $2::int = $3::date THEN NULL ELSE $4 END,
              origin = 'manual', updated_at = now()
        WHERE id = $1 RETURNING to_char(date, 'YYYY-MM-DD') AS date`,
        [row.id, input.days, row.planned, input.reason],
      ),
    );
    changes.push({
      tourId: tour.id,
      oldDate: row.date,
      newDate: (moved[0] as { date: string }).date,
      reason: input.reason,
    });
  }
  await recordChanges(tx, changes);
  return rows.length;
}
