/**
 * What residents read on their lock screens: reminders of a pickup and announced changes.
 * `{type}` is the waste type's name, `{street}` the chosen street or district, `{time}` when
 * the bins must be out, `{date}`/`{old}`/`{new}` short dates such as "Mi., 7. Jan.".
 */
export const pushMessages = {
  de: {
    'waste.push.evening.title': 'Morgen: {type}',
    'waste.push.morning.title': 'Heute: {type}',
    'waste.push.reminder.body': '{street}: Bitte stellen Sie die Tonne bis {time} Uhr bereit.',
    'waste.push.change.title': 'Abfuhrtermin geändert',
    'waste.push.change.moved': '{type}: neuer Termin {new} statt {old}',
    'waste.push.change.cancelled': '{type}: Die Abfuhr am {old} entfällt',
    'waste.push.change.added': '{type}: zusätzlicher Termin am {new}',
    'waste.push.change.because': '{text} ({reason})',
    'waste.push.reason.moved.holiday': 'verschoben wegen Feiertag',
    'waste.push.reason.moved.missed': 'verschoben, weil die Tour ausgefallen ist',
    'waste.push.reason.moved.weather': 'verschoben wegen des Wetters',
    'waste.push.reason.cancelled.holiday': 'wegen Feiertag',
    'waste.push.reason.cancelled.missed': 'die Tour ist ausgefallen',
    'waste.push.reason.cancelled.weather': 'wegen des Wetters',
  },
  en: {
    'waste.push.evening.title': 'Tomorrow: {type}',
    'waste.push.morning.title': 'Today: {type}',
    'waste.push.reminder.body': '{street}: please put the bin out by {time}.',
    'waste.push.change.title': 'Collection day changed',
    'waste.push.change.moved': '{type}: new date {new} instead of {old}',
    'waste.push.change.cancelled': '{type}: no collection on {old}',
    'waste.push.change.added': '{type}: extra collection on {new}',
    'waste.push.change.because': '{text} ({reason})',
    'waste.push.reason.moved.holiday': 'moved because of a public holiday',
    'waste.push.reason.moved.missed': 'moved because the round was missed',
    'waste.push.reason.moved.weather': 'moved because of the weather',
    'waste.push.reason.cancelled.holiday': 'because of a public holiday',
    'waste.push.reason.cancelled.missed': 'the round was missed',
    'waste.push.reason.cancelled.weather': 'because of the weather',
  },
};
