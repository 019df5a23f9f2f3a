/** What residents read on the council screens. */
export const residentMessages = {
  de: {
    'council.meetings.heading': 'Sitzungen',
    'council.meetings.empty': 'Keine kommenden öffentlichen Sitzungen.',
  },
  en: {
    'council.meetings.heading': 'Meetings',
    'council.meetings.empty': 'No upcoming public meetings.',
  },
};
