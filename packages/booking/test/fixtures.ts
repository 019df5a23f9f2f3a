import type { BookingEvent, ResourceInput } from '../src/index.js';
import { type BookingService, createBookingService } from '../src/index.js';
import type { TestDatabase } from './databases.js';

/** A settable clock and a service that records its events. */
export function serviceFor(db: TestDatabase, start = '2025-03-01T08:00:00Z') {
  let now = new Date(start);
  const events: BookingEvent[] = [];
  const service: BookingService = createBookingService(db, {
    timezone: 'Europe/Berlin',
    state: 'DE-MV',
    now: () => now,
    events: { emit: (e) => void events.push(e) },
  });
  return {
    service,
    events,
    setNow(iso: string) {
      now = new Date(iso);
    },
  };
}

let counter = 0;
/** A resource open every day 08:00–20:00 with default rules; ids are unique per call. */
export function printer(over: Partial<ResourceInput> = {}): ResourceInput {
  counter += 1;
  return {
    id: `drucker-${counter}`,
    kind: 'exclusive',
    category: '3d-printer',
    name: { de: `3D-Drucker ${counter}`, en: `3D printer ${counter}` },
    location: 'Stadtbibliothek Hagenow',
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opens: '08:00',
      closes: '20:00',
    })),
    rules: { maxHorizonDays: 365 },
    ...over,
  };
}
