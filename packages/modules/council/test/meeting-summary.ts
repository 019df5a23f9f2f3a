import type { MeetingSummary } from '../src/api/meeting.js';

/** A meeting as the screens' tests show it. */
export const MEETING = 'M3zQ8pWm1x0aBcDe';
export const meetingSummary: MeetingSummary = {
  key: MEETING,
  name: '3. Sitzung des Bauausschusses',
  start: '2026-03-03T17:00:00.000Z',
  end: '2026-03-03T19:00:00.000Z',
  cancelled: false,
  place: 'Rathaus, Sitzungssaal, Markt 1',
  committees: ['Bauausschuss'],
};
