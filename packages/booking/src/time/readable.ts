import { formatLocal } from './zone.js';

/** A moment as the town reads it in a message: `2025-03-10 10:00`. */
export function readable(instant: number, timeZone: string): string {
  return formatLocal(instant, timeZone).replace('T', ' ');
}
