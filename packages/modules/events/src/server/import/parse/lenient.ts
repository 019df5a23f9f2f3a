import ICAL from 'ical.js';
import type { FeedWarning } from './feed-event.js';

/**
 * A calendar whose text ical.js refuses as a whole (one broken line is enough) read
 * component by component: each VEVENT and VTIMEZONE directly inside the VCALENDAR parsed
 * on its own, so one unreadable event costs only itself. Returns null when the text has no
 * VCALENDAR lines to split.
 */
export function readLeniently(
  text: string,
): { calendar: ICAL.Component; warnings: FeedWarning[] } | null {
  // RFC 5545 §3.1: a line beginning with a space or tab continues the one before; each
  // line keeps the number it began on, for the warning.
  const lines: string[] = [];
  const numbers: number[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    if (/^[ \t]/.test(raw) && lines.length) lines[lines.length - 1] += raw.slice(1);
    else {
      lines.push(raw);
      numbers.push(index + 1);
    }
  });
  if (!lines.some((l) => l.trim().toUpperCase() === 'BEGIN:VCALENDAR')) return null;
  const calendar = new ICAL.Component('vcalendar');
  const warnings: FeedWarning[] = [];
  let depth = 0;
  let block: { start: number; lines: string[] } | undefined;
  lines.forEach((line, index) => {
    const upper = line.trim().toUpperCase();
    if (upper.startsWith('BEGIN:')) depth++;
    if (depth >= 2) {
      block ??= { start: numbers[index] as number, lines: [] };
      block.lines.push(line);
    } else if (depth === 1 && /^X-WR-(CALNAME|TIMEZONE):/.test(upper)) {
      const [name, ...value] = line.split(':');
      calendar.addPropertyWithValue((name as string).toLowerCase(), value.join(':').trim());
    }
    if (upper.startsWith('END:')) depth--;
    if (depth === 1 && block) {
      try {
        const wrapped = `BEGIN:VCALENDAR\r\n${block.lines.join('\r\n')}\r\nEND:VCALENDAR`;
        for (const c of new ICAL.Component(ICAL.parse(wrapped) as never).getAllSubcomponents()) {
          calendar.addSubcomponent(c);
        }
      } catch {
        const uid = block.lines
          .find((l) => /^UID:/i.test(l))
          ?.slice(4)
          .trim();
        warnings.push({
          item: uid?.slice(0, 120) || `line ${block.start}`,
          key: 'skip.unreadable',
        });
      }
      block = undefined;
    }
  });
  return { calendar, warnings };
}
