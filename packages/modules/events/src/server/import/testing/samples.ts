import { readFileSync } from 'node:fs';

// The repository's root, and beside it the real calendar files others wrote (their origin and
// licence in the folder's SOURCE.md).
const ROOT = new URL('../../../../../../../', import.meta.url);
const SAMPLES = new URL('../shared/data/icalendar/', ROOT);

/** A real iCalendar file by its name in the samples folder. */
export const sampleCalendar = (name: string): string =>
  readFileSync(new URL(name, SAMPLES), 'utf8');
