/** A day `YYYY-MM-DD` as iCalendar writes it: `YYYYMMDD`. */
export const icsDay = (date: string) => date.replaceAll('-', '');

/** One VEVENT of the lines given (UID, DTSTART, … as the test needs them). */
export const vevent = (...lines: string[]) => [
  'BEGIN:VEVENT',
  'DTSTAMP:20261201T080000Z',
  ...lines,
  'END:VEVENT',
];

/** An iCalendar file of these VEVENTs, as a club's calendar exports it. */
export function calendarFile(...events: string[][]): string {
  return `${[
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Vereinskalender//DE',
    'X-WR-CALNAME:Vereinskalender',
    ...events.flat(),
    'END:VCALENDAR',
  ].join('\r\n')}\r\n`;
}
