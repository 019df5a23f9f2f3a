/** What the council module's push messages say; keys start with `council.push.`. */
export const pushMessages = {
  de: {
    'council.push.newMeeting': 'Neue Sitzung: {name}',
    'council.push.agenda': 'Tagesordnung ergänzt: {name}',
    'council.push.untitled': 'Sitzung',
  },
  en: {
    'council.push.newMeeting': 'New meeting: {name}',
    'council.push.agenda': 'Agenda extended: {name}',
    'council.push.untitled': 'Meeting',
  },
};
