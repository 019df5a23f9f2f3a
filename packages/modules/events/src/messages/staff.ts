/** What staff read on the events module's screens; keys start with `events.staff.`. */
export const staffMessages = {
  de: {
    'events.staff.title': 'Veranstaltungen verwalten',
  },
  en: {
    'events.staff.title': 'Manage events',
  },
} as const;
