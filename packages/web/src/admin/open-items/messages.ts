import type { MessageCatalogue } from '@city-app/core';

/** Words of the admin overview's "Noch einzutragen" section. */
export const openItemsMessages = {
  de: {
    'openItems.title': 'Noch einzutragen',
    'openItems.lead':
      'Diese Angaben fehlen noch oder sind Beispiele. Bewohnerinnen und Bewohner sehen sie nicht; die Seiten bleiben aber unvollständig, bis sie eingetragen sind.',
    'openItems.where': 'Wo: {where}',
    'openItems.whereIn': 'Wo: {where} in {file}',
    'openItems.none': 'Alles ist eingetragen.',
    'openItems.loading': 'Offene Angaben werden geladen …',
    'openItems.failed': 'Die offenen Angaben konnten nicht geladen werden.',
  },
  en: {
    'openItems.title': 'Still to fill in',
    'openItems.lead':
      'These facts are missing or still samples. Residents do not see them, but the pages stay incomplete until they are filled in.',
    'openItems.where': 'Where: {where}',
    'openItems.whereIn': 'Where: {where} in {file}',
    'openItems.none': 'Everything is filled in.',
    'openItems.loading': 'Loading what is still to fill in …',
    'openItems.failed': 'What is still to fill in could not be loaded.',
  },
} satisfies MessageCatalogue;
