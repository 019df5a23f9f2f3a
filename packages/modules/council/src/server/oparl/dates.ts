/**
 * A date-time as OParl sends it (`2013-01-04T08:00:00+01:00`), as an ISO instant; null for what
 * is missing, empty (`"created": ""` from ALLRIS) or not a date.
 */
export function instantOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  // A date without a time is a day, not an instant (`date` of a paper); not an instant here.
  if (!/T\d{2}:\d{2}/.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  // What the database's timestamptz holds and a council could mean.
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString() : null;
}

/** A day (`2014-04-04`, or the day of a date-time); null for what is missing or not a date. */
export function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
  return real ? (match[0] as string) : null;
}
