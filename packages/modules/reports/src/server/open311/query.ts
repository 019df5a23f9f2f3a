import { open311Error } from '../../errors/open311.js';

/** A comma-separated list (`a,b,c`), trimmed, at most `max` items; none when absent. */
export function listParam(
  value: string | undefined,
  field: string,
  max = 100,
): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length > max || items.some((item) => item.length > 40)) {
    throw open311Error('open311_field_invalid', { field }, { field });
  }
  return items;
}

/** A W3C date and time (`2026-05-04T10:00:00+02:00`); anything else is refused naming the field. */
export function dateParam(value: string | undefined, field: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) && value.length <= 40 ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw open311Error('open311_field_invalid', { field }, { field });
  }
  return date;
}

/** Open311 knows two statuses; the report's own five map onto them. */
export const OPEN311_STATUSES = {
  open: ['new', 'confirmed', 'in_progress'],
  closed: ['fixed', 'closed'],
};

export const open311Status = (status: string): 'open' | 'closed' =>
  OPEN311_STATUSES.open.includes(status) ? 'open' : 'closed';

/** `open,closed` → the report statuses they stand for; another word is refused. */
export function statusParam(value: string | undefined): string[] | undefined {
  const words = listParam(value, 'status', 2);
  if (!words) return undefined;
  return words.flatMap((word) => {
    if (word !== 'open' && word !== 'closed') {
      throw open311Error('open311_field_invalid', { field: 'status' }, { field: 'status' });
    }
    return OPEN311_STATUSES[word];
  });
}
