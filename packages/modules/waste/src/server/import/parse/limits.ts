import { wasteParseError } from '../../../errors/parse.js';

/** The largest file the parsers read: a county's whole year is well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The most pickups one file may produce, so an endless series cannot fill the database. */
export const MAX_PICKUPS = 50_000;

export function assertFileSize(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw wasteParseError('waste_file_too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
  }
}

export function assertPickupCount(count: number): void {
  if (count > MAX_PICKUPS) {
    throw wasteParseError('waste_file_too_many_pickups');
  }
}
