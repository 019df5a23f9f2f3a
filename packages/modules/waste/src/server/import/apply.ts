import type { Database, Queryable } from '@city-app/server';
import type { ImportPlan } from '../../api/import-plan.js';
import type { WasteType } from '../../types/waste-type.js';
import { type PickupChange, recordChanges } from '../changes/record.js';
import { isSample, setSample } from '../state.js';
import { insertLocations } from './locations.js';
import { rememberUnmapped } from './mappings/seen.js';
import { type ImportRequest, type PlannedImport, planImport } from './plan.js';

/** Writes the planned tours, assignments and pickups; every changed date is recorded. */
async function write(tx: Queryable, planned: PlannedImport, origin: string): Promise<void> {
  await insertLocations(tx, planned.newLocations);
  for (const tour of planned.tours) {
    if (tour.id !== null) continue;
    const { rows } = await tx.query<{ id: number }>(
      'INSERT INTO waste_tours (type_id, name) VALUES ($1, $2) RETURNING id',
      [tour.typeId, tour.name],
    );
    tour.id = rows[0]?.id ?? null;
  }
  if (planned.assignments.length) {
    await tx.query(
      `INSERT INTO waste_location_tours (location_id, type_id, tour_id)
       SELECT * FROM unnest($1::int[], $2::text[], $3::int[])
       ON CONFLICT (location_id, type_id) DO UPDATE SET tour_id = excluded.tour_id`,
      [
        planned.assignments.map((a) => a.location.id),
        planned.assignments.map((a) => a.typeId),
        planned.assignments.map((a) => a.tour.id),
      ],
    );
  }
  const drop: number[] = [];
  const cancel: number[] = [];
  const moves: { id: number; to: string }[] = [];
  const inserts: { tourId: number; date: string; status: 'scheduled' | 'cancelled' }[] = [];
  const changes: PickupChange[] = [];
  for (const tour of planned.tours) {
    const diff = tour.diff;
    const tourId = tour.id as number;
    if (!diff) continue;
    drop.push(...diff.removed.map((p) => p.id), ...diff.dropped.map((p) => p.id));
    cancel.push(...diff.cancelled.map((p) => p.id));
    moves.push(...diff.moved.map((m) => ({ id: m.pickup.id, to: m.to })));
    inserts.push(...diff.added.map((date) => ({ tourId, date, status: 'scheduled' as const })));
    inserts.push(
      ...diff.cancelledNew.map((date) => ({ tourId, date, status: 'cancelled' as const })),
    );
    changes.push(
      ...diff.added.map((date) => ({ tourId, oldDate: null, newDate: date })),
      ...diff.removed.map((p) => ({ tourId, oldDate: p.date, newDate: null })),
      ...diff.moved.map((m) => ({ tourId, oldDate: m.pickup.date, newDate: m.to })),
      ...diff.cancelled.map((p) => ({ tourId, oldDate: p.date, newDate: null })),
    );
  }
  if (drop.length) await tx.query('DELETE FROM waste_pickups WHERE id = ANY($1::bigint[])', [drop]);
  if (cancel.length) {
    await tx.query(
      `UPDATE waste_pickups SET status = 'cancelled', origin = $2, updated_at = now()
        WHERE id = ANY($1::bigint[])`,
      [cancel, origin],
    );
  }
  if (moves.length) {
    // The first published date stays as planned_date, so screens can say "verschoben".
    await tx.query(
      `UPDATE waste_pickups p SET planned_date = coalesce(p.planned_date, p.date), date = m.date,
              origin = $3, updated_at = now()
         FROM unnest($1::bigint[], $2::date[]) AS m(id, date) WHERE p.id = m.id`,
      [moves.map((m) => m.id), moves.map((m) => m.to), origin],
    );
  }
  if (inserts.length) {
    await tx.query(
      `INSERT INTO waste_pickups (tour_id, date, status, origin)
       SELECT t, d, s, $4 FROM unnest($1::int[], $2::date[], $3::text[]) AS x(t, d, s)
       ON CONFLICT (tour_id, date) DO UPDATE
         SET status = excluded.status, origin = excluded.origin, updated_at = now()`,
      [
        inserts.map((i) => i.tourId),
        inserts.map((i) => i.date),
        inserts.map((i) => i.status),
        origin,
      ],
    );
  }
  // Recorded while the calendar is still a sample: replacing made-up dates is no news.
  await recordChanges(tx, changes);
  await setSample(tx, false);
  await rememberUnmapped(tx, planned.plan.unmapped);
}

/**
 * While the calendar holds the starting calendar's sample dates, every tour and pickup is a
 * sample: the first import replaces all of them, not only those of the streets in its file,
 * so no made-up date is left looking real. The streets stay (their names are the town's).
 */
async function dropSamples(tx: Queryable): Promise<void> {
  if (await isSample(tx)) await tx.query('DELETE FROM waste_tours');
}

/** Thrown to roll a transaction back while keeping its plan: a dry run, or nothing to import. */
class RolledBack {
  constructor(readonly plan: ImportPlan) {}
}

/**
 * Plans the import and, unless `dryRun`, writes it in one transaction: nothing of a file is
 * imported half. Imports run one after the other (a transaction lock), so two at once cannot
 * both create the same street. `source` names where the dates came from (`import:<source>`).
 * A dry run plans inside a transaction that is rolled back, so it sees what the import would
 * see (the samples gone) and writes nothing.
 */
export async function runImport(
  db: Database,
  types: readonly WasteType[],
  request: ImportRequest & { dryRun: boolean; source: string },
): Promise<ImportPlan> {
  try {
    return await db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('waste_import'))");
      await dropSamples(tx);
      const planned = await planImport(tx, types, request);
      // A file of which nothing could be imported leaves the samples as they were.
      if (request.dryRun || !planned.tours.length)
        throw new RolledBack({ ...planned.plan, dryRun: request.dryRun });
      await write(tx, planned, `import:${request.source}`.slice(0, 80));
      return { dryRun: false, ...planned.plan };
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    // Staff still find the texts no type matched in the mapping table.
    if (!error.plan.dryRun) await rememberUnmapped(db, error.plan.unmapped);
    return error.plan;
  }
}
