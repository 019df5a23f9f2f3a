/** How a marked date stands in "Meine Termine"; keys start with `events.myDates.`. */
export const myDatesMessages = {
  de: { 'events.myDates.moved': 'Verlegt' },
  en: { 'events.myDates.moved': 'Moved' },
} as const;
