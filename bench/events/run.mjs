// The events module's lists at the scale of a busy town calendar: 5,000 events, 500 of them
// series (daily or weekly, running up to ten years, each with cancelled and moved dates).
// Measures "the next 30 days" and "this weekend" through the API (`GET /api/events/dates`,
// first page of 50), next to the baseline measured in the same run: what a calendar without
// written-out dates does on each request — read every published event and its exceptions,
// expand every rule for the days asked (with the same ical.js expansion), filter, sort, cut.
// Both must give the same page; the benchmark stops if they do not.
//
//   pnpm bench:events                 (BENCH_RUNS requests each, default 40)
//
// Exit codes: 0 targets met, 1 a target missed or the pages differ, 2 it ran out of time.
import { randomUUID } from 'node:crypto';
import { addDaysToDate, localDateOf, localToInstant } from '@city-app/core';
import events, {
  occurrencesOf,
  occurrenceWindow,
  writeOccurrences,
} from '@city-app/module-events/server';
import { createTestServer } from '@city-app/server/testing';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const SERIES = Number(process.env.BENCH_SERIES ?? 500);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 40));
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_S ?? 600) * 1000;
const ZONE = 'Europe/Berlin';
const PAGE = 50;
// Issue #20: median ≤ 20 ms and ≥ 10× faster than expanding every rule.
const TARGET_MS = 20;
const TARGET_RATIO = 10;

const deadline = setTimeout(() => {
  console.error(`The benchmark took longer than ${TIME_LIMIT_MS / 1000} s; stopped.`);
  process.exit(2);
}, TIME_LIMIT_MS);
deadline.unref();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => Number(x.toFixed(2));
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const CATEGORIES = [
  'kultur',
  'markt',
  'feste',
  'sport',
  'familie',
  'bildung',
  'kirche',
  'natur',
  'senioren',
];

// A fixed pseudo-random sequence, so every run builds the same calendar.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (a, b) => a + Math.floor(random() * (b - a + 1));

const server = await createTestServer({ modules: [events] });
const db = server.db;
const now = new Date();
const today = localDateOf(now, ZONE);

// --- the calendar --------------------------------------------------------------------------
console.log(`Building ${EVENTS} events (${SERIES} series) …`);
const rows = [];
for (let i = 0; i < EVENTS; i++) {
  const series = i < SERIES;
  const daily = series && i % 2 === 0;
  const startsOn = series
    ? addDaysToDate(today, -between(0, 5 * 365))
    : addDaysToDate(today, between(-365, 365));
  const years = between(1, 10);
  const rrule = !series
    ? null
    : daily
      ? `FREQ=DAILY;UNTIL=${addDaysToDate(startsOn, years * 365).replaceAll('-', '')}T235959`
      : `FREQ=WEEKLY;BYDAY=${[...new Set([pick(WEEKDAYS), pick(WEEKDAYS)])].join(',')};UNTIL=${addDaysToDate(startsOn, years * 365).replaceAll('-', '')}T235959`;
  rows.push({
    id: randomUUID(),
    title: `${series ? 'Reihe' : 'Veranstaltung'} ${i + 1}`,
    category: pick(CATEGORIES),
    startsOn,
    startMinute: between(8, 20) * 60 + pick([0, 15, 30, 45]),
    endMinute: null,
    isFree: random() < 0.4,
    rrule,
  });
}
await db.query(
  `INSERT INTO events_events (id, title, category, starts_on, start_minute, is_free, rrule)
   SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::smallint[], $6::boolean[], $7::text[])`,
  [
    rows.map((r) => r.id),
    rows.map((r) => r.title),
    rows.map((r) => r.category),
    rows.map((r) => r.startsOn),
    rows.map((r) => r.startMinute),
    rows.map((r) => r.isFree),
    rows.map((r) => r.rrule),
  ],
);
// Each series: five dates in the coming weeks called off and two moved a day later.
const window = occurrenceWindow(now, ZONE);
const exceptions = [];
for (const r of rows.filter((x) => x.rrule)) {
  const schedule = {
    startsOn: r.startsOn,
    startMinute: r.startMinute,
    endsAfterDays: 0,
    endMinute: null,
    rrule: r.rrule,
  };
  const coming = occurrencesOf(schedule, [], { from: today, to: addDaysToDate(today, 90) }, ZONE);
  coming.slice(0, 7).forEach((o, k) => {
    exceptions.push({
      eventId: r.id,
      date: o.originalDate,
      kind: k < 5 ? 'cancelled' : 'moved',
      movedTo: k < 5 ? null : addDaysToDate(o.originalDate, 1),
    });
  });
}
await db.query(
  `INSERT INTO events_exceptions (event_id, original_date, kind, moved_to)
   SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::date[])
   ON CONFLICT DO NOTHING`,
  [
    exceptions.map((e) => e.eventId),
    exceptions.map((e) => e.date),
    exceptions.map((e) => e.kind),
    exceptions.map((e) => e.movedTo),
  ],
);
const written = performance.now();
let dates = 0;
for (let i = 0; i < rows.length; i += 500) {
  dates += await db.transaction((tx) =>
    writeOccurrences(
      tx,
      rows.slice(i, i + 500).map((r) => r.id),
      window,
      ZONE,
    ),
  );
}
const writeSeconds = (performance.now() - written) / 1000;
// As the nightly job does (the embedded database has no autovacuum).
await db.query('ANALYZE events_occurrences, events_events');
console.log(
  `Wrote ${dates.toLocaleString('en')} dates (${window.from} to ${window.to}) in ${writeSeconds.toFixed(1)} s.`,
);

// --- the baseline: expand every rule on each request ----------------------------------------
async function expandEachRequest(days) {
  const from = localToInstant(days.from, 0, ZONE);
  const to = localToInstant(addDaysToDate(days.to, 1), 0, ZONE);
  const all = await db.query(
    `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, start_minute, ends_after_days,
            end_minute, rrule, title, category, is_free
       FROM events_events WHERE status = 'published'`,
  );
  const xs = await db.query(
    `SELECT event_id, to_char(original_date, 'YYYY-MM-DD') AS original_date, kind,
            to_char(moved_to, 'YYYY-MM-DD') AS moved_to, moved_start_minute, moved_end_minute
       FROM events_exceptions`,
  );
  const byEvent = new Map();
  for (const x of xs.rows) {
    const list = byEvent.get(x.event_id) ?? [];
    list.push({
      originalDate: x.original_date,
      kind: x.kind,
      movedTo: x.moved_to,
      movedStartMinute: x.moved_start_minute,
      movedEndMinute: x.moved_end_minute,
    });
    byEvent.set(x.event_id, list);
  }
  // A moved date may come from a rule date up to a week outside the days.
  const wide = { from: addDaysToDate(days.from, -7), to: addDaysToDate(days.to, 7) };
  const found = [];
  for (const e of all.rows) {
    const schedule = {
      startsOn: e.starts_on,
      startMinute: e.start_minute,
      endsAfterDays: e.ends_after_days,
      endMinute: e.end_minute,
      rrule: e.rrule,
    };
    for (const o of occurrencesOf(schedule, byEvent.get(e.id) ?? [], wide, ZONE)) {
      const start = o.startsAt.getTime();
      const end = o.endsAt?.getTime() ?? start;
      if (start < to && (start >= from || end > from))
        found.push({ eventId: e.id, originalDate: o.originalDate, start });
    }
  }
  found.sort(
    (a, b) =>
      a.start - b.start ||
      (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0) ||
      (a.originalDate < b.originalDate ? -1 : 1),
  );
  return found.slice(0, PAGE);
}

async function viaApi(query) {
  const res = await server.request(`/api/events/dates?${query}&limit=${PAGE}`);
  if (res.status !== 200) throw new Error(`GET /api/events/dates?${query}: ${res.status}`);
  return res.json();
}

async function measure(label, query) {
  const first = await viaApi(query);
  const days = { from: first.from, to: first.to };
  const baselinePage = await expandEachRequest(days);
  const same = (a, b) =>
    a.length === b.length &&
    a.every((x, i) => x.eventId === b[i].eventId && x.originalDate === b[i].originalDate);
  if (!same(first.items, baselinePage)) {
    console.error(`${label}: the API and the baseline gave different pages; stopped.`);
    process.exit(1);
  }
  const api = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await viaApi(query);
    api.push(performance.now() - t);
    if (i < Math.max(3, Math.floor(RUNS / 4))) {
      t = performance.now();
      await expandEachRequest(days);
      base.push(performance.now() - t);
    }
  }
  return {
    label,
    days,
    apiMs: median(api),
    baselineMs: median(base),
    runs: api.length,
    baselineRuns: base.length,
    items: first.items.length,
  };
}

const results = [
  await measure('the next 30 days', `from=${today}&to=${addDaysToDate(today, 30)}`),
  await measure('this weekend', 'when=weekend'),
];
await server.close();

console.log('');
console.log(
  `events: ${EVENTS} (${SERIES} series), ${dates.toLocaleString('en')} dates written out; first page of ${PAGE}`,
);
for (const r of results) {
  console.log(
    `${r.label.padEnd(18)} (${r.days.from} … ${r.days.to}): API median ${ms(r.apiMs)} ms over ${r.runs} requests · ` +
      `expanding every rule ${ms(r.baselineMs)} ms over ${r.baselineRuns} · ${(r.baselineMs / r.apiMs).toFixed(1)}× faster` +
      `${r.apiMs <= TARGET_MS ? '' : ` · ABOVE the ${TARGET_MS} ms target`}`,
  );
}
const met = results.every((r) => r.apiMs <= TARGET_MS && r.baselineMs / r.apiMs >= TARGET_RATIO);
console.log(met ? 'Targets met.' : `A target missed (≤ ${TARGET_MS} ms, ≥ ${TARGET_RATIO}×).`);
process.exit(met ? 0 : 1);
