/** The interface words of a meeting's `.ics` file; keys start with `council.calendar.`. */
export const calendarMessages = {
  de: {
    'council.calendar.untitled': 'Sitzung',
    'council.calendar.cancelled': 'Diese Sitzung ist abgesagt.',
    'council.calendar.committees': 'Gremium: {names}',
    'council.calendar.agenda': 'Tagesordnung (öffentlicher Teil):',
    'council.calendar.item': 'TOP {number}: {name}',
    'council.calendar.itemUntitled': 'Tagesordnungspunkt',
  },
  en: {
    'council.calendar.untitled': 'Meeting',
    'council.calendar.cancelled': 'This meeting is cancelled.',
    'council.calendar.committees': 'Committee: {names}',
    'council.calendar.agenda': 'Agenda (public part):',
    'council.calendar.item': 'Item {number}: {name}',
    'council.calendar.itemUntitled': 'Agenda item',
  },
};
