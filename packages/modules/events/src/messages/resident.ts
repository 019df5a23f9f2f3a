/** What residents read in the events module; keys start with `events.`. */
export const residentMessages = {
  de: {
    'events.title': 'Veranstaltungen',
    'events.upcoming.heading': 'Demnächst in {town}',
  },
  en: {
    'events.title': 'Events',
    'events.upcoming.heading': 'Coming up in {town}',
  },
} as const;
