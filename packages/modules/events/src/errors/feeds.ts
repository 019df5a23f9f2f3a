import { defineErrors, errorRaiser } from '@city-app/core';

/** What reading an iCalendar file or a subscribed feed can refuse, in both languages. */
export const feedErrors = defineErrors({
  events_ics_unreadable: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Kein lesbarer Kalender', en: 'No readable calendar' },
    message: {
      de: 'Die Datei ist kein lesbarer iCalendar-Kalender (RFC 5545): {reason}.',
      en: 'The file is no readable iCalendar calendar (RFC 5545): {reason}.',
    },
    hint: {
      de: 'Exportieren Sie den Kalender als .ics-Datei oder nutzen Sie die Abo-Adresse (ICS/iCal) des Kalenders.',
      en: 'Export the calendar as an .ics file, or use the calendar’s subscription (ICS/iCal) address.',
    },
  },
  events_ics_too_large: {
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Kalender zu groß', en: 'Calendar too large' },
    message: {
      de: 'Der Kalender ist größer als {limit}.',
      en: 'The calendar is larger than {limit}.',
    },
    hint: {
      de: 'Teilen Sie den Kalender auf oder exportieren Sie nur die kommenden Veranstaltungen.',
      en: 'Split the calendar, or export only the coming events.',
    },
  },
  events_ics_too_many_events: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Zu viele Veranstaltungen', en: 'Too many events' },
    message: {
      de: 'Der Kalender enthält mehr als {limit} Veranstaltungen.',
      en: 'The calendar holds more than {limit} events.',
    },
    hint: {
      de: 'Exportieren Sie nur die kommenden Veranstaltungen oder teilen Sie den Kalender auf.',
      en: 'Export only the coming events, or split the calendar.',
    },
  },
  events_source_fetch_failed: {
    status: 502,
    exit: 'problems',
    title: { de: 'Kalender nicht abrufbar', en: 'Calendar not available' },
    message: {
      de: 'Der Kalender unter {url} ließ sich nicht abrufen: {reason}.',
      en: 'The calendar at {url} could not be fetched: {reason}.',
    },
    hint: {
      de: 'Prüfen Sie die Adresse im Browser; ist sie richtig, versucht die App es beim nächsten Abgleich wieder.',
      en: 'Check the address in a browser; if it is right, the app tries again at the next sync.',
    },
  },
  events_feed_empty: {
    status: 502,
    exit: 'problems',
    title: { de: 'Kalender leer', en: 'Calendar empty' },
    message: {
      de: 'Der Kalender enthält keine einzige Veranstaltung mehr; die {count} kommenden aus dieser Quelle bleiben stehen.',
      en: 'The calendar holds no event at all any more; the {count} coming ones from this source stay.',
    },
    hint: {
      de: 'Ein Server liefert manchmal kurz einen leeren Kalender. Sind die Veranstaltungen wirklich abgesagt, entfernen Sie die Quelle.',
      en: 'A server sometimes briefly serves an empty calendar. If the events are really gone, remove the source.',
    },
  },
  events_source_exists: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Quelle schon vorhanden', en: 'Source exists already' },
    message: {
      de: 'Der Kalender unter {url} ist schon als Quelle „{name}“ abonniert.',
      en: 'The calendar at {url} is subscribed already, as source "{name}".',
    },
    hint: {
      de: 'Ändern oder entfernen Sie die vorhandene Quelle.',
      en: 'Change or remove the existing source.',
    },
  },
  events_source_kind: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Quelle unklar', en: 'Source unclear' },
    message: {
      de: 'Geben Sie entweder die Adresse eines Kalenders oder einen Bereich dieser App an, nicht beides und nicht keins.',
      en: 'Give either the address of a calendar or a part of this app, not both and not neither.',
    },
  },
  events_source_module_unknown: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Bereich ohne Termine', en: 'Part without dates' },
    message: {
      de: '„{module}“ ist kein eingeschalteter Bereich dieser App, der öffentliche Termine anbietet ({known}).',
      en: '"{module}" is no enabled part of this app that offers public dates ({known}).',
    },
    hint: {
      de: 'Wählen Sie einen der genannten Bereiche.',
      en: 'Choose one of the parts named.',
    },
  },
  events_source_module_exists: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Quelle schon vorhanden', en: 'Source exists already' },
    message: {
      de: 'Die Termine aus „{module}“ kommen schon über die Quelle „{name}“.',
      en: 'The dates of "{module}" come in already, through source "{name}".',
    },
    hint: {
      de: 'Ändern oder entfernen Sie die vorhandene Quelle.',
      en: 'Change or remove the existing source.',
    },
  },
  events_source_module_gone: {
    status: 502,
    exit: 'problems',
    title: { de: 'Bereich nicht mehr da', en: 'Part gone' },
    message: {
      de: 'Der Bereich „{module}“ ist in dieser App nicht mehr eingeschaltet oder bietet keine Termine mehr an; seine Termine bleiben stehen.',
      en: 'The part "{module}" is no longer enabled in this app or offers no dates any more; its dates stay.',
    },
    hint: {
      de: 'Schalten Sie den Bereich wieder ein, oder beenden Sie das Abo, um seine kommenden Termine zu entfernen.',
      en: 'Enable the part again, or end the subscription to remove its coming dates.',
    },
  },
});

export const feedError = errorRaiser(feedErrors);
