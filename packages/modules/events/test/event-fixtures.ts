import { addDaysToDate, localDateOf, localToInstant } from '@city-app/core';
import type { EventDate, EventDatePage } from '../src/api/event-date.js';
import type { EventDetail } from '../src/api/event-detail.js';
import type { Venue } from '../src/api/venue.js';

const ZONE = 'Europe/Berlin';
/** Today in Hagenow, and a day `n` days from it. */
export const today = localDateOf(new Date(), ZONE);
export const inDays = (n: number) => addDaysToDate(today, n);
/** The instant of `hh:mm` on a local day in Hagenow. */
export const at = (day: string, time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(localToInstant(day, h * 60 + m, ZONE)).toISOString();
};

export const MARKET_ID = '3f0c1c8e-8a4b-4f5e-9a7d-1b2c3d4e5f60';
export const CONCERT_ID = '7a1d2e3f-4b5c-4d6e-8f90-a1b2c3d4e5f6';
export const VENUE_ID = '0b9f6a52-5a8e-4c1e-9d3b-6f1f3c0a2b11';

export const marketHall: Venue = {
  id: VENUE_ID,
  name: 'Marktplatz Hagenow',
  street: 'Lange Straße 28',
  postcode: '19230',
  locality: 'Hagenow',
  latitude: null,
  longitude: null,
  accessibility: {
    stepFree: true,
    accessibleToilet: false,
    hearingLoop: true,
    note: 'Pflaster an der Kirche',
  },
  sample: false,
};

/** One date of a list; `overrides` change what a test looks at. */
export function eventDate(overrides: Partial<EventDate> = {}): EventDate {
  const day = overrides.localDate ?? today;
  return {
    eventId: MARKET_ID,
    originalDate: day,
    localDate: day,
    start: at(day, '08:00'),
    end: at(day, '13:00'),
    allDay: false,
    status: 'scheduled',
    title: { de: 'Wochenmarkt', en: 'Weekly market' },
    category: { id: 'markt', title: { de: 'Märkte', en: 'Markets' } },
    place: 'Marktplatz Hagenow',
    venue: { id: VENUE_ID, name: 'Marktplatz Hagenow', stepFree: true },
    isFree: true,
    price: null,
    image: null,
    series: true,
    ...overrides,
  };
}

export function page(items: EventDate[], next: string | null = null): EventDatePage {
  return { items, from: today, to: inDays(540), next };
}

/** The weekly market's page: a series with a cancelled and a moved date. */
export function marketDetail(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    id: MARKET_ID,
    title: { de: 'Wochenmarkt', en: 'Weekly market' },
    description: {
      de: 'Obst, Gemüse und Blumen aus der Region.\n\nJeden Donnerstag auf dem Marktplatz.\nBei jedem Wetter.',
    },
    category: { id: 'markt', title: { de: 'Märkte', en: 'Markets' } },
    venue: marketHall,
    place: 'Marktplatz Hagenow',
    organiser: { name: 'Stadt Hagenow', website: 'https://www.hagenow.de/' },
    isFree: true,
    price: null,
    link: 'https://www.hagenow.de/markt',
    image: { url: '/modules/events/markt.svg', alt: 'Marktstände mit Gemüse' },
    allDay: false,
    repeats: { de: 'Jeden Donnerstag', en: 'Every Thursday' },
    cancelled: false,
    dates: [
      {
        originalDate: inDays(1),
        localDate: inDays(1),
        start: at(inDays(1), '08:00'),
        end: at(inDays(1), '13:00'),
        status: 'scheduled',
        note: null,
      },
      {
        originalDate: inDays(8),
        localDate: inDays(8),
        start: at(inDays(8), '08:00'),
        end: at(inDays(8), '13:00'),
        status: 'cancelled',
        note: 'Wegen Sturmwarnung',
      },
      {
        originalDate: inDays(15),
        localDate: inDays(16),
        start: at(inDays(16), '09:00'),
        end: at(inDays(16), '13:00'),
        status: 'moved',
        note: null,
      },
    ],
    moreDates: 74,
    jsonLd: { '@context': 'https://schema.org', '@type': 'Event', name: 'Wochenmarkt' },
    sample: false,
    ...overrides,
  };
}
