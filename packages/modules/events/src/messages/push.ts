/** What the events module's push messages say; keys start with `events.push.`. */
export const pushMessages = {
  de: {
    'events.push.reminder.title': 'Gleich: {title}',
    'events.push.reminder.tomorrow': 'Morgen: {title}',
    'events.push.reminder.body': '{when} · {place}',
    'events.push.reminder.bodyNoPlace': '{when}',
    'events.push.cancelled.title': 'Abgesagt: {title}',
    'events.push.cancelled.body': 'Der Termin am {when} findet nicht statt.',
    'events.push.follow.title.one': 'Neu in {categories}: {title}',
    'events.push.follow.title.many': '{count} neue Veranstaltungen in {categories}',
    'events.push.follow.body': '{titles}',
    'events.push.follow.more': 'und {count} weitere',
  },
  en: {
    'events.push.reminder.title': 'Soon: {title}',
    'events.push.reminder.tomorrow': 'Tomorrow: {title}',
    'events.push.reminder.body': '{when} · {place}',
    'events.push.reminder.bodyNoPlace': '{when}',
    'events.push.cancelled.title': 'Cancelled: {title}',
    'events.push.cancelled.body': 'The date on {when} does not take place.',
    'events.push.follow.title.one': 'New in {categories}: {title}',
    'events.push.follow.title.many': '{count} new events in {categories}',
    'events.push.follow.body': '{titles}',
    'events.push.follow.more': 'and {count} more',
  },
} as const;
