// Test-only stand-in for the parsers slice's `parse/index.ts`, used through `vi.mock` until
// the real parsers are merged. It reads a minimal line format, not the real ones:
//   csv/sva: "street;label;YYYY-MM-DD[;abgesagt]"   ics: "label;YYYY-MM-DD[;abgesagt]"
// A line "!" makes it throw, as a parser does on a broken file; "X-WR-CALNAME:…" names it.
import { errors } from '@city-app/core';
import type { ImportFormat } from '../../../api/import-plan.js';
import type { ParsedCalendar } from '../parsed.js';

export function parseCalendar(
  bytes: Uint8Array,
  format: ImportFormat,
  _options: { timezone: string },
): ParsedCalendar {
  const calendar: ParsedCalendar = { pickups: [], warnings: [] };
  const lines = new TextDecoder().decode(bytes).split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    if (line.startsWith('X-WR-CALNAME:')) {
      calendar.calendarName = line.slice('X-WR-CALNAME:'.length).trim();
      return;
    }
    if (line.trim() === '!') throw errors.validation('file', { de: 'Kaputt', en: 'Broken' });
    const cells = line.split(';').map((c) => c.trim());
    const [street, label, date, state] =
      format === 'ics' ? [null, cells[0], cells[1], cells[2]] : cells;
    calendar.pickups.push({
      location: street ? { kind: 'street', name: street } : null,
      label: label ?? '',
      date: date ?? '',
      cancelled: state === 'abgesagt',
      ref: `Zeile ${i + 1}`,
    });
  });
  return calendar;
}
