/** What residents read: the calendar, choosing a street, reminders, the home widget. */
export const residentMessages = {
  de: {
    'waste.title': 'Abfallkalender',
  },
  en: {
    'waste.title': 'Waste calendar',
  },
};
