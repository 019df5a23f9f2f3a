export {
  type DatedEntry,
  type DatedEntryStatus,
  datedEntrySchema,
  type MyDate,
} from './dated-entry.js';
export { type PublicDate, publicDateSchema } from './public-date.js';
