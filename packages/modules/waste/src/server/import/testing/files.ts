/**
 * Small files in the authority's formats for the import's tests: a CSV table with a German
 * header, and an iCalendar file of one street with all-day events.
 */
export function csvFile(rows: [street: string, type: string, date: string][]): string {
  return ['Straße;Abfallart;Datum', ...rows.map((r) => r.join(';'))].join('\r\n');
}

export function icsFile(events: { label: string; date: string; cancelled?: boolean }[]): string {
  const day = (date: string) => date.replaceAll('-', '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Abfall//DE'];
  events.forEach((e, i) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:test-${i}@abfall.example`,
      'DTSTAMP:20261201T080000Z',
      `DTSTART;VALUE=DATE:${day(e.date)}`,
      `SUMMARY:${e.label}`,
      ...(e.cancelled ? ['STATUS:CANCELLED'] : []),
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
