/** `YYYY-MM` → its weeks, Monday first; each cell a day `YYYY-MM-DD`, or null outside the month. */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const mondayBased = (new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: mondayBased }, () => null),
    ...Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`),
  ];
  const weeks: (string | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) {
    const week = cells.slice(start, start + 7);
    weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  }
  return weeks;
}

/** The month `delta` months from `month` (`YYYY-MM`). */
export function addMonths(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + delta, 1)).toISOString().slice(0, 7);
}

/** The last day of a month (`YYYY-MM` → `YYYY-MM-DD`). */
export function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/** The month asked for in the address (`?month=2026-12`), else the one holding `today`. */
export function monthOf(search: string, today: string): string {
  const asked = new URLSearchParams(search).get('month');
  return asked && /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/.test(asked) ? asked : today.slice(0, 7);
}
