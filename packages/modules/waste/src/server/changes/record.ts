import type { Queryable } from '@city-app/server';
import { isSample } from '../state.js';

/** Why a pickup moved; the words residents read come from the messages (`waste.reason.*`). */
export type ChangeReason = 'holiday' | 'missed' | 'weather' | 'other';

/**
 * A changed pickup of a tour: moved (both dates), cancelled (no new date) or added (no old
 * date). Everyone who writes pickups — the import, staff's edits — records each change here in
 * the same transaction; the `announce-changes` job tells the residents who follow the tour's
 * locations and type, once per change.
 */
export interface PickupChange {
  tourId: number;
  oldDate: string | null;
  newDate: string | null;
  reason?: ChangeReason | null;
}

export async function recordChanges(tx: Queryable, changes: PickupChange[]): Promise<void> {
  // A made-up date that moves is no news: residents hear of changes to the real calendar only.
  if (!changes.length || (await isSample(tx))) return;
  await tx.query(
    `INSERT INTO waste_changes (tour_id, old_date, new_date, reason)
     SELECT * FROM unnest($1::int[], $2::date[], $3::date[], $4::text[])`,
    [
      changes.map((c) => c.tourId),
      changes.map((c) => c.oldDate),
      changes.map((c) => c.newDate),
      changes.map((c) => c.reason ?? null),
    ],
  );
}
