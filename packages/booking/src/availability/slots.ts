import type { Interval } from './opening.js';

/** A blocked range of an existing reservation and the seats it takes. */
export interface Busy extends Interval {
  seats: number;
}

export interface SlotQuery {
  /** Sorted, merged open intervals (see `openIntervals`). */
  open: Interval[];
  /** Blocked ranges (buffers included) of the active reservations; any order. */
  busy: Busy[];
  kind: 'exclusive' | 'capacity';
  capacity: number;
  seats: number;
  durationMs: number;
  granularityMs: number;
  bufferBeforeMs: number;
  bufferAfterMs: number;
  /** Only slots starting in `[from, to)`. */
  from: number;
  to: number;
  /** Stop after this many slots. */
  limit?: number;
}

export interface FreeSlot {
  start: number;
  end: number;
  /** Seats still free for the whole slot (exclusive resources: 1). */
  seatsLeft: number;
}

/** First grid point `origin + k·step` at or after `t`. */
function gridAtOrAfter(origin: number, step: number, t: number): number {
  return t <= origin ? origin : origin + Math.ceil((t - origin) / step) * step;
}

/**
 * Free slots in one sweep: the busy ranges are sorted once, and a pointer moves forward with
 * the candidate slots, so the work is proportional to slots + reservations, not their product.
 * A slot `[s, s + duration)` must lie inside one open interval; its blocked range
 * `[s − bufferBefore, s + duration + bufferAfter)` must not meet a busy range (exclusive) or
 * must leave `seats` free at every moment (capacity). Slots start on the granularity grid of
 * their opening interval.
 */
export function findFreeSlots(q: SlotQuery): FreeSlot[] {
  return q.kind === 'exclusive' ? exclusiveSlots(q) : capacitySlots(q);
}

function exclusiveSlots(q: SlotQuery): FreeSlot[] {
  const busy = mergeBusy(q.busy);
  const out: FreeSlot[] = [];
  const limit = q.limit ?? Number.POSITIVE_INFINITY;
  let j = 0;
  for (const o of q.open) {
    if (o.end <= q.from) continue;
    if (o.start >= q.to) break;
    let s = gridAtOrAfter(o.start, q.granularityMs, q.from);
    while (s < q.to && s + q.durationMs <= o.end) {
      const blockStart = s - q.bufferBeforeMs;
      const blockEnd = s + q.durationMs + q.bufferAfterMs;
      while (j < busy.length && (busy[j] as Interval).end <= blockStart) j++;
      const next = busy[j];
      if (next && next.start < blockEnd) {
        // Jump to the first grid point whose blocked range starts after this busy range.
        s = gridAtOrAfter(o.start, q.granularityMs, next.end + q.bufferBeforeMs);
        continue;
      }
      out.push({ start: s, end: s + q.durationMs, seatsLeft: 1 });
      if (out.length >= limit) return out;
      s += q.granularityMs;
    }
  }
  return out;
}

function mergeBusy(busy: Busy[]): Interval[] {
  const sorted = [...busy].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
    else out.push({ start: b.start, end: b.end });
  }
  return out;
}

/** Seats taken as a step function: `[at_i, at_{i+1})` carries `load_i`. */
function loadSteps(busy: Busy[]): { at: number; load: number }[] {
  const events: [number, number][] = [];
  for (const b of busy) events.push([b.start, b.seats], [b.end, -b.seats]);
  events.sort((a, b) => a[0] - b[0]);
  const steps: { at: number; load: number }[] = [];
  let load = 0;
  for (let i = 0; i < events.length; ) {
    const at = (events[i] as [number, number])[0];
    while (i < events.length && (events[i] as [number, number])[0] === at) {
      load += (events[i] as [number, number])[1];
      i++;
    }
    steps.push({ at, load });
  }
  return steps;
}

function capacitySlots(q: SlotQuery): FreeSlot[] {
  const steps = loadSteps(q.busy);
  const out: FreeSlot[] = [];
  const limit = q.limit ?? Number.POSITIVE_INFINITY;
  let k = 0; // first step that may still matter: steps before it end before the current slot
  for (const o of q.open) {
    if (o.end <= q.from) continue;
    if (o.start >= q.to) break;
    for (
      let s = gridAtOrAfter(o.start, q.granularityMs, q.from);
      s < q.to && s + q.durationMs <= o.end;
      s += q.granularityMs
    ) {
      const blockStart = s - q.bufferBeforeMs;
      const blockEnd = s + q.durationMs + q.bufferAfterMs;
      while (k + 1 < steps.length && (steps[k + 1] as { at: number }).at <= blockStart) k++;
      let peak = 0;
      for (let i = k; i < steps.length && (steps[i] as { at: number }).at < blockEnd; i++) {
        const step = steps[i] as { at: number; load: number };
        const stepEnd = (steps[i + 1]?.at ?? Number.POSITIVE_INFINITY) as number;
        if (stepEnd > blockStart) peak = Math.max(peak, step.load);
      }
      const seatsLeft = q.capacity - peak;
      if (seatsLeft >= q.seats) {
        out.push({ start: s, end: s + q.durationMs, seatsLeft });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** Whether `[start, end)` lies inside one of the sorted, merged open intervals. */
export function insideOpenHours(
  open: Interval[],
  start: number,
  end: number,
): Interval | undefined {
  return open.find((o) => o.start <= start && end <= o.end);
}
