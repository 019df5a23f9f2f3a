/**
 * The words of the iCalendar import and of the feeds out (calendar names, RSS, why an event
 * of a feed was left out); keys start with `events.feeds.`.
 */
export const feedMessages = {
  de: {
    'events.feeds.calendarName': 'Veranstaltungen in {town}',
    'events.feeds.calendarNameOf': 'Veranstaltungen in {town}: {categories}',
    'events.feeds.rssDescription': 'Die kommenden Veranstaltungen in {town}.',
    'events.feeds.cancelled': 'Abgesagt: {title}',
    'events.feeds.moved': 'Verlegt: {title}',
    'events.feeds.allDay': 'ganztägig',
    'events.feeds.skip.unreadable': 'Diese Veranstaltung ist nicht lesbar.',
    'events.feeds.skip.noUid':
      'Die Veranstaltung hat keine UID; ohne sie wäre ein zweiter Import nicht erkennbar.',
    'events.feeds.skip.noStart': 'Die Veranstaltung hat keinen Beginn (DTSTART).',
    'events.feeds.skip.noTitle': 'Die Veranstaltung hat keinen Titel (SUMMARY).',
    'events.feeds.skip.noCategory':
      'Keine Kategorie passt zu „{categories}“, und die Quelle nennt keine Standardkategorie.',
    'events.feeds.skip.zone': 'Die Zeitzone „{zone}“ ist unbekannt.',
    'events.feeds.skip.rule': 'Die Wiederholungsregel „{rule}“ lässt sich nicht auflösen.',
    'events.feeds.skip.invalid': '{field}: {reason}',
    'events.feeds.skip.duplicate': 'Die UID kommt in der Datei mehrfach vor; nur die erste zählt.',
    'events.feeds.note.rdate':
      'Zusätzliche Termine (RDATE) werden nicht übernommen; nur die Regel und ihre Ausnahmen.',
    'events.feeds.note.cut': 'Texte über der Höchstlänge wurden gekürzt.',
  },
  en: {
    'events.feeds.calendarName': 'Events in {town}',
    'events.feeds.calendarNameOf': 'Events in {town}: {categories}',
    'events.feeds.rssDescription': 'The coming events in {town}.',
    'events.feeds.cancelled': 'Cancelled: {title}',
    'events.feeds.moved': 'Moved: {title}',
    'events.feeds.allDay': 'all day',
    'events.feeds.skip.unreadable': 'This event cannot be read.',
    'events.feeds.skip.noUid':
      'The event has no UID; without one, a second import could not recognise it.',
    'events.feeds.skip.noStart': 'The event has no start (DTSTART).',
    'events.feeds.skip.noTitle': 'The event has no title (SUMMARY).',
    'events.feeds.skip.noCategory':
      'No category matches "{categories}", and the source names no default category.',
    'events.feeds.skip.zone': 'The time zone "{zone}" is unknown.',
    'events.feeds.skip.rule': 'The repeat rule "{rule}" cannot be expanded.',
    'events.feeds.skip.invalid': '{field}: {reason}',
    'events.feeds.skip.duplicate':
      'The UID occurs more than once in the file; only the first counts.',
    'events.feeds.note.rdate':
      'Extra dates (RDATE) are not taken over; only the rule and its exceptions.',
    'events.feeds.note.cut': 'Texts over the maximum length were cut.',
  },
} as const;
