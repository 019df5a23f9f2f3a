import type { ExperimentSpaceConfigInput } from '../../src/config.js';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '20:00',
}));

/** `YYYY-MM-DD` of the day `days` after today in Berlin. */
export function berlinDay(days: number, now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The library of the browser tests: open every day, so "tomorrow" always has free times
 * whenever the suite runs; a printer that needs a briefing, a VR headset that needs approval,
 * a camera, a seminar room and a one-seat course in three days.
 */
export function library(): ExperimentSpaceConfigInput {
  const courseDay = berlinDay(3);
  return {
    library: {
      name: 'Stadtbibliothek Musterstadt',
      address: 'Markt 2\n19999 Musterstadt',
      email: 'bibliothek@musterstadt.example',
    },
    openingHours: EVERY_DAY,
    rules: {
      granularityMinutes: 60,
      minDurationMinutes: 60,
      maxDurationMinutes: 180,
      maxHorizonDays: 30,
      cancellationDeadlineMinutes: 60,
      waitlistOfferMinutes: 60,
    },
    resources: [
      {
        id: '3d-drucker',
        kind: 'equipment',
        category: '3d-printer',
        name: { de: '3D-Drucker', en: '3D printer' },
        description: { de: 'Druckt Bauteile aus PLA.', en: 'Prints parts from PLA.' },
        uses: [{ de: 'Ersatzteile drucken', en: 'Print spare parts' }],
        accessibility: {
          stepFree: true,
          notes: { de: 'Tisch unterfahrbar', en: 'Wheelchair-height table' },
        },
        location: 'Raum 1',
        prerequisites: ['3d-printer-briefing'],
      },
      {
        id: 'vr-brille',
        kind: 'equipment',
        name: { de: 'VR-Brille', en: 'VR headset' },
        approvalRequired: true,
      },
      { id: 'kamera', kind: 'equipment', name: { de: '360°-Kamera', en: '360° camera' } },
      {
        id: 'seminarraum',
        kind: 'room',
        name: { de: 'Digitaler Seminarraum', en: 'Digital seminar room' },
        bookableBy: ['school', 'association', 'education_provider'],
      },
    ],
    courses: [
      {
        id: 'vr-ausprobieren',
        title: { de: 'Virtuelle Realität ausprobieren', en: 'Try virtual reality' },
        seats: 1,
        location: 'seminarraum',
        sessions: [{ id: '1', start: `${courseDay}T16:00`, end: `${courseDay}T18:00` }],
      },
    ],
    providerQuotas: [
      {
        organisation: 'Volkshochschule',
        resourceIds: ['seminarraum'],
        period: 'month',
        maxHours: 8,
      },
    ],
  };
}
