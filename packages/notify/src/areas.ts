import { notifyErrors } from './errors.js';

/** Refuses an area the town does not have; without a list of areas every one is accepted. */
export function checkAreas(areas: string[] | undefined, list: string[], field: string): void {
  if (!areas) return;
  const unknown = list.filter((a) => !areas.includes(a));
  if (unknown.length) {
    throw notifyErrors.invalid(
      field,
      `Unknown area "${unknown[0]}".`,
      `Known areas: ${areas.join(', ') || 'none'}.`,
    );
  }
}
