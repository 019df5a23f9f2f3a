export {
  type DatedEntry,
  type DatedEntryStatus,
  datedEntrySchema,
  type MyDate,
} from './dated-entry.js';
