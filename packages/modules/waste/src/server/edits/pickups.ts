import { errors } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { StaffPickup } from '../../api/staff.js';
import { editError } from '../../errors/edits.js';
import { recordChanges } from '../changes/record.js';
import { isUniqueViolation } from './checks.js';
import type { CancelInput, MoveInput } from './input.js';
import { findTour, PICKUP_COLUMNS, type Tour, toPickup } from './tours.js';

/**
 * Staff's edits of one pickup of a tour. Each runs inside the caller's transaction and records
 * what residents must hear of (`recordChanges`). An edit of a sample calendar leaves it a sample
 * calendar: the other dates are still made up (see `endSamples`).
 */

type Row = Parameters<typeof toPickup>[0];

async function findPickup(tx: Queryable, tour: Tour, pickupId: number): Promise<StaffPickup> {
  const { rows } = await tx.query<Row>(
    `SELECT ${PICKUP_COLUMNS} FROM waste_pickups WHERE id = $1 AND tour_id = $2 FOR UPDATE`,
    [pickupId, tour.id],
  );
  if (!rows[0]) throw errors.notFound({ de: 'Der Termin', en: 'The pickup' });
  return toPickup(rows[0]);
}

/** Residents read the note beside the date; without an English text they read the German one. */
const noteOf = (note: MoveInput['note']) =>
  note ? JSON.stringify({ de: note.de, en: note.en ?? note.de }) : null;

/** Runs a write that may meet the tour's other date, which the table keeps unique. */
async function onFreeDate<T>(tour: Tour, date: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw editError('waste_pickup_exists', { tour: tour.name, date }, { field: 'date' });
    }
    throw error;
  }
}

export async function addPickup(tx: Queryable, tourId: number, date: string): Promise<StaffPickup> {
  const tour = await findTour(tx, tourId);
  const { rows } = await onFreeDate(tour, date, () =>
    tx.query<Row>(
      `INSERT INTO waste_pickups (tour_id, date, origin) VALUES ($1, $2, 'manual')
       RETURNING ${PICKUP_COLUMNS}`,
      [tour.id, date],
    ),
  );
  await recordChanges(tx, [{ tourId: tour.id, oldDate: null, newDate: date }]);
  return toPickup(rows[0] as Row);
}

/**
 * Moves a pickup to another day and keeps the day first published (`planned_date`), so
 * residents read "verschoben wegen Feiertag"; moved back to that day, it is plain again.
 */
export async function movePickup(
  tx: Queryable,
  target: { tourId: number; pickupId: number },
  input: MoveInput,
): Promise<StaffPickup> {
  const tour = await findTour(tx, target.tourId);
  const pickup = await findPickup(tx, tour, target.pickupId);
  if (pickup.status === 'cancelled') {
    throw editError('waste_pickup_cancelled', { date: pickup.date }, { field: 'date' });
  }
  if (pickup.date === input.date) {
    throw errors.validation('date', {
      de: 'Wählen Sie einen anderen Tag als den bisherigen.',
      en: 'Choose a day other than the current one.',
    });
  }
  const planned = pickup.plannedDate ?? pickup.date;
  const back = input.date === planned;
  const { rows } = await onFreeDate(tour, input.date, () =>
    tx.query<Row>(
      `UPDATE waste_pickups SET date = $2, planned_date = $3, reason = $4, note = $5::jsonb,
              origin = 'manual', updated_at = now()
        WHERE id = $1 RETURNING ${PICKUP_COLUMNS}`,
      [
        pickup.id,
        input.date,
        back ? null : planned,
        back ? null : input.reason,
        back ? null : noteOf(input.note),
      ],
    ),
  );
  await recordChanges(tx, [
    { tourId: tour.id, oldDate: pickup.date, newDate: input.date, reason: input.reason },
  ]);
  return toPickup(rows[0] as Row);
}

/** Cancels a pickup (kept, so residents see it struck out with the reason). */
export async function cancelPickup(
  tx: Queryable,
  target: { tourId: number; pickupId: number },
  input: CancelInput,
): Promise<StaffPickup> {
  const tour = await findTour(tx, target.tourId);
  const pickup = await findPickup(tx, tour, target.pickupId);
  if (pickup.status === 'cancelled') {
    throw editError('waste_pickup_already_cancelled', { date: pickup.date });
  }
  const { rows } = await tx.query<Row>(
    `UPDATE waste_pickups SET status = 'cancelled', reason = $2, note = $3::jsonb,
            origin = 'manual', updated_at = now()
      WHERE id = $1 RETURNING ${PICKUP_COLUMNS}`,
    [pickup.id, input.reason, noteOf(input.note)],
  );
  await recordChanges(tx, [
    { tourId: tour.id, oldDate: pickup.date, newDate: null, reason: input.reason },
  ]);
  return toPickup(rows[0] as Row);
}

/** Takes a cancellation back: the pickup takes place on its date again. */
export async function restorePickup(
  tx: Queryable,
  target: { tourId: number; pickupId: number },
): Promise<StaffPickup> {
  const tour = await findTour(tx, target.tourId);
  const pickup = await findPickup(tx, tour, target.pickupId);
  if (pickup.status !== 'cancelled') {
    throw editError('waste_pickup_not_cancelled', { date: pickup.date });
  }
  const { rows } = await tx.query<Row>(
    `UPDATE waste_pickups SET status = 'scheduled', reason = NULL, note = NULL,
            origin = 'manual', updated_at = now()
      WHERE id = $1 RETURNING ${PICKUP_COLUMNS}`,
    [pickup.id],
  );
  await recordChanges(tx, [{ tourId: tour.id, oldDate: null, newDate: pickup.date }]);
  return toPickup(rows[0] as Row);
}

/**
 * Deletes a pickup entered by mistake. Residents hear of it as a cancellation when it was
 * still to take place.
 */
export async function deletePickup(
  tx: Queryable,
  target: { tourId: number; pickupId: number },
): Promise<void> {
  const tour = await findTour(tx, target.tourId);
  const pickup = await findPickup(tx, tour, target.pickupId);
  await tx.query('DELETE FROM waste_pickups WHERE id = $1', [pickup.id]);
  if (pickup.status === 'scheduled') {
    await recordChanges(tx, [{ tourId: tour.id, oldDate: pickup.date, newDate: null }]);
  }
}
