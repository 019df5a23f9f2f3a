import { wasteParseError } from '../../../errors/parse.js';

/** One content line of an iCalendar file, unfolded, with the number of its first line. */
export interface ContentLine {
  line: number;
  text: string;
}

/** A component directly inside VCALENDAR (VEVENT, VTIMEZONE, …) and the lines it spans. */
export interface ComponentBlock {
  name: string;
  line: number;
  lines: ContentLine[];
}

export interface CalendarOutline {
  /** VCALENDAR's own properties (X-WR-CALNAME, …). */
  properties: ContentLine[];
  components: ComponentBlock[];
}

// NAME, then parameters (quoted values may hold ':' and ';'), then ':'.
const CONTENT_LINE =
  /^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:/;

/** RFC 5545 §3.1: a line beginning with a space or tab continues the one before. */
export function unfold(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const last = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
      last.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      lines.push({ line: index + 1, text: raw });
    }
  });
  return lines;
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Checks the file's structure — it is a VCALENDAR, every line reads NAME:value, every BEGIN
 * has its END — and splits it into the calendar's own properties and its components, so that
 * one unreadable event can be skipped without losing the file. Refuses anything else with a
 * catalogue error naming the line.
 */
export function outlineCalendar(text: string): CalendarOutline {
  const lines = unfold(text);
  const first = lines[0];
  if (first?.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw wasteParseError('waste_ics_no_calendar', {
      line: first?.line ?? 1,
      text: excerpt(first?.text.trim() ?? ''),
    });
  }
  const outline: CalendarOutline = { properties: [], components: [] };
  const open: ContentLine[] = [];
  let block: ComponentBlock | undefined;
  for (const current of lines) {
    if (!CONTENT_LINE.test(current.text)) {
      throw wasteParseError('waste_ics_bad_line', {
        line: current.line,
        text: excerpt(current.text),
      });
    }
    const [name, value] = nameAndValue(current.text);
    if (name === 'BEGIN') {
      open.push({ line: current.line, text: value.toUpperCase() });
      // A second calendar in the same file (some exports concatenate them) is read as well.
      if (open.length === 2) block = { name: value.toUpperCase(), line: current.line, lines: [] };
    }
    if (open.length === 0) {
      throw wasteParseError('waste_ics_unbalanced', {
        line: current.line,
        text: excerpt(current.text),
      });
    }
    if (block) block.lines.push(current);
    else if (name !== 'BEGIN' && name !== 'END') outline.properties.push(current);
    if (name === 'END') {
      if (open.pop()?.text !== value.toUpperCase()) {
        throw wasteParseError('waste_ics_unbalanced', {
          line: current.line,
          text: excerpt(current.text),
        });
      }
      if (open.length === 1 && block) {
        outline.components.push(block);
        block = undefined;
      }
    }
  }
  const unclosed = open[open.length - 1];
  if (unclosed) {
    throw wasteParseError('waste_ics_unbalanced', {
      line: unclosed.line,
      text: `BEGIN:${excerpt(unclosed.text)}`,
    });
  }
  return outline;
}

/** The property name (upper case) and the value after the first ':' outside quotes. */
export function nameAndValue(text: string): [string, string] {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      return [(text.slice(0, i).split(';')[0] ?? '').toUpperCase(), text.slice(i + 1).trim()];
    }
  }
  return [text.toUpperCase(), ''];
}
