import type { MessageCatalogue } from '@city-app/core';

/** The Open311 API keys: the list, a new key shown once, revoking. */
export const keysWords = {
  de: {
    'reports.staff.keys.title': 'Schnittstelle (Open311)',
    'reports.staff.keys.lead':
      'Programme wie das Werkzeug des Landkreises legen Meldungen über Open311 an. Jedes braucht einen eigenen Schlüssel; lesen können sie ohne.',
    'reports.staff.keys.list': 'Schlüssel',
    'reports.staff.keys.none': 'Noch keine Schlüssel.',
    'reports.staff.keys.name': 'Wer nutzt den Schlüssel?',
    'reports.staff.keys.client': 'Genutzt von',
    'reports.staff.keys.nameHint': 'Zum Beispiel „Landkreis, Straßenmeisterei“',
    'reports.staff.keys.nameWrong':
      'Nennen Sie, wer den Schlüssel nutzt (mindestens zwei Zeichen).',
    'reports.staff.keys.hint': 'Beginnt mit',
    'reports.staff.keys.prefix': '{hint}…',
    'reports.staff.keys.created': 'Angelegt',
    'reports.staff.keys.createdBy': '{when} von {name}',
    'reports.staff.keys.lastUsed': 'Zuletzt genutzt',
    'reports.staff.keys.neverUsed': 'Noch nie',
    'reports.staff.keys.state': 'Stand',
    'reports.staff.keys.revokedAt': 'Gesperrt am {when}',
    'reports.staff.keys.new': 'Neuer Schlüssel',
    'reports.staff.keys.create': 'Schlüssel anlegen',
    'reports.staff.keys.createdDone': 'Der Schlüssel für „{name}“ ist angelegt.',
    'reports.staff.keys.createdTitle': 'Schlüssel für „{name}“',
    'reports.staff.keys.onlyNow': 'Nur jetzt sichtbar',
    'reports.staff.keys.onlyNowText':
      'Kopieren Sie den Schlüssel jetzt und geben Sie ihn sicher weiter. Die App speichert ihn nicht lesbar und kann ihn nie wieder zeigen; geht er verloren, legen Sie einen neuen an.',
    'reports.staff.keys.key': 'Schlüssel',
    'reports.staff.keys.copy': 'Schlüssel kopieren',
    'reports.staff.keys.copied': 'Der Schlüssel ist in der Zwischenablage.',
    'reports.staff.keys.copyFailed':
      'Der Browser erlaubt das Kopieren nicht. Markieren Sie den Schlüssel im Feld und kopieren Sie ihn selbst.',
    'reports.staff.keys.revoke': 'Sperren',
    'reports.staff.keys.revokeName': 'Sperren: „{name}“',
    'reports.staff.keys.revokeTitle': 'Schlüssel sperren?',
    'reports.staff.keys.revokeText':
      'Mit dem Schlüssel von „{name}“ lassen sich dann keine Meldungen mehr anlegen. Das lässt sich nicht rückgängig machen.',
    'reports.staff.keys.revokeConfirm': 'Endgültig sperren',
    'reports.staff.keys.revoked': 'Der Schlüssel von „{name}“ ist gesperrt.',
  },
  en: {
    'reports.staff.keys.title': 'Interface (Open311)',
    'reports.staff.keys.lead':
      'Programs such as the county’s tool create reports through Open311. Each needs a key of its own; reading needs none.',
    'reports.staff.keys.list': 'Keys',
    'reports.staff.keys.none': 'No keys yet.',
    'reports.staff.keys.name': 'Who uses the key?',
    'reports.staff.keys.client': 'Used by',
    'reports.staff.keys.nameHint': 'For example "County, road maintenance"',
    'reports.staff.keys.nameWrong': 'Say who uses the key (at least two characters).',
    'reports.staff.keys.hint': 'Starts with',
    'reports.staff.keys.prefix': '{hint}…',
    'reports.staff.keys.created': 'Created',
    'reports.staff.keys.createdBy': '{when} by {name}',
    'reports.staff.keys.lastUsed': 'Last used',
    'reports.staff.keys.neverUsed': 'Never',
    'reports.staff.keys.state': 'Status',
    'reports.staff.keys.revokedAt': 'Revoked on {when}',
    'reports.staff.keys.new': 'New key',
    'reports.staff.keys.create': 'Create key',
    'reports.staff.keys.createdDone': 'The key for "{name}" is created.',
    'reports.staff.keys.createdTitle': 'Key for "{name}"',
    'reports.staff.keys.onlyNow': 'Visible only now',
    'reports.staff.keys.onlyNowText':
      'Copy the key now and hand it over safely. The app does not store it readably and can never show it again; if it is lost, create a new one.',
    'reports.staff.keys.key': 'Key',
    'reports.staff.keys.copy': 'Copy key',
    'reports.staff.keys.copied': 'The key is on the clipboard.',
    'reports.staff.keys.copyFailed':
      'The browser does not allow copying. Select the key in the field and copy it yourself.',
    'reports.staff.keys.revoke': 'Revoke',
    'reports.staff.keys.revokeName': 'Revoke: "{name}"',
    'reports.staff.keys.revokeTitle': 'Revoke the key?',
    'reports.staff.keys.revokeText':
      'The key of "{name}" will no longer create reports. This cannot be undone.',
    'reports.staff.keys.revokeConfirm': 'Revoke for good',
    'reports.staff.keys.revoked': 'The key of "{name}" is revoked.',
  },
} satisfies MessageCatalogue;
