/** A pickup of a tour as stored, within the file's range. */
export interface StoredPickup {
  id: number;
  date: string;
  status: 'scheduled' | 'cancelled';
}

/** What replacing a tour's pickups within the range does, pickup by pickup. */
export interface TourDiff {
  /** New dates (inserted, or a cancelled row scheduled again). */
  added: string[];
  /** Scheduled dates the file no longer has. */
  removed: StoredPickup[];
  /** A removed and an added date at most 7 days apart: the pickup was moved. */
  moved: { pickup: StoredPickup; to: string }[];
  /** Scheduled dates the file marks as not taking place. */
  cancelled: StoredPickup[];
  /** Bookkeeping residents never saw as a pickup: cancelled dates to store or drop. */
  cancelledNew: string[];
  dropped: StoredPickup[];
  unchanged: number;
}

const MOVE_DAYS = 7;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Compares a tour's stored pickups in the range with the dates the file gives (date →
 * cancelled). A removed date and an added date within 7 days of each other pair up as one
 * move, nearest first, so a holiday shift reads "moved from Monday to Tuesday".
 */
export function diffTour(stored: StoredPickup[], wanted: ReadonlyMap<string, boolean>): TourDiff {
  const diff: TourDiff = {
    added: [],
    removed: [],
    moved: [],
    cancelled: [],
    cancelledNew: [],
    dropped: [],
    unchanged: 0,
  };
  const byDate = new Map(stored.map((p) => [p.date, p]));
  for (const [date, cancelled] of wanted) {
    const old = byDate.get(date);
    if (cancelled) {
      if (!old) diff.cancelledNew.push(date);
      else if (old.status === 'scheduled') diff.cancelled.push(old);
      else diff.unchanged++;
    } else if (old?.status === 'scheduled') diff.unchanged++;
    else diff.added.push(date);
  }
  const removed = stored.filter((p) => !wanted.has(p.date));
  diff.dropped = removed.filter((p) => p.status === 'cancelled');
  const gone = removed.filter((p) => p.status === 'scheduled');
  // Pair each removed date with the nearest unpaired added date within a week.
  const pairs = gone
    .flatMap((pickup) =>
      diff.added
        .filter((to) => !byDate.has(to))
        .map((to) => ({ pickup, to, distance: Math.abs(dayNumber(to) - dayNumber(pickup.date)) })),
    )
    .filter((p) => p.distance <= MOVE_DAYS)
    .sort((a, b) => a.distance - b.distance || a.pickup.date.localeCompare(b.pickup.date));
  const paired = new Set<StoredPickup>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (paired.has(pair.pickup) || taken.has(pair.to)) continue;
    paired.add(pair.pickup);
    taken.add(pair.to);
    diff.moved.push({ pickup: pair.pickup, to: pair.to });
  }
  diff.added = diff.added.filter((d) => !taken.has(d)).sort();
  diff.removed = gone.filter((p) => !paired.has(p));
  diff.moved.sort((a, b) => a.to.localeCompare(b.to));
  return diff;
}
