/** What the waste calendar's staff read: import, mapping table, sources, streets and tours. */
export const staffMessages = {
  de: {
    'waste.admin.title': 'Abfallkalender verwalten',
  },
  en: {
    'waste.admin.title': 'Manage the waste calendar',
  },
};
