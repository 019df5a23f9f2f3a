import { staffCommonMessages } from './common.js';
import { staffImportMessages } from './import.js';
import { staffStreetMessages } from './streets.js';
import { staffTourMessages } from './tours.js';

/**
 * What the waste calendar's staff read, one file per concept: the screens every staff member
 * sees, the import, the streets, the tours and their pickups.
 */
export const staffMessages = {
  de: {
    ...staffCommonMessages.de,
    ...staffImportMessages.de,
    ...staffStreetMessages.de,
    ...staffTourMessages.de,
  },
  en: {
    ...staffCommonMessages.en,
    ...staffImportMessages.en,
    ...staffStreetMessages.en,
    ...staffTourMessages.en,
  },
};
