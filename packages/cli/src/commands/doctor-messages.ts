import type { Locale } from '@city-app/core';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What `city-app doctor` says, in the town's language (see project/town-language.ts). */
export const DOCTOR_MESSAGES = {
  de: {
    node: (version: string) => `Node ${version}`,
    nodeOld: (version: string, needed: string) =>
      `Node ${version} ist zu alt; city-app braucht ${needed} oder neuer.`,
    nodeHint:
      'Installieren Sie ein aktuelles Node LTS (nodejs.org) und starten Sie den Befehl erneut.',
    dbNotCreated: (dir: string) =>
      `Eingebaute Datenbank (PGlite) in ${dir}: noch nicht angelegt; der erste Start legt sie an.`,
    postgres: 'PostgreSQL (DATABASE_URL) antwortet.',
    dbOpens: (dir: string) => `Die eingebaute Datenbank in ${dir} öffnet sich.`,
    dbInUse: (dir: string) => `Die eingebaute Datenbank in ${dir} nutzt der laufende Server.`,
    dbHint: 'Prüfen Sie DATABASE_URL (oder CITY_APP_DATA_DIR) und ob die Datenbank läuft.',
    sourcesOk: (n: number) =>
      `${n} ${plural(n, 'Import oder geplanter Auftrag', 'Importe und geplante Aufträge')}: keiner schlägt fehl.`,
    sourceFailed: (kind: 'import' | 'job', job: string, at: string, error: string) =>
      `${kind === 'import' ? 'Der Import' : 'Der geplante Auftrag'} ${job} ist am ${at} fehlgeschlagen: ${error}`,
    sourceLastSuccess: (at: string) =>
      `Zuletzt gelang er am ${at}; er läuft zur nächsten fälligen Zeit wieder. GET /api/admin/sources zeigt jede Quelle.`,
    sourceNeverSucceeded:
      'Er ist noch nie gelungen; prüfen Sie die Adresse seiner Quelle und das Log des Servers.',
    conflicts: (files: readonly string[]) =>
      `Ungelöste Konfliktmarken (<<<<<<< … >>>>>>>) in ${files.join(', ')}.`,
    conflictsHint: 'Behalten Sie in jeder Datei die gewünschten Zeilen und löschen Sie die Marken.',
    noConflicts: 'Keine ungelösten Konfliktmarken.',
    settingsOk: 'Keine unbekannte Variable CITY_APP_* ist gesetzt.',
    settingMeant: (name: string, meant: string) => `${name} (meinten Sie ${meant}?)`,
    settingsUnknown: (named: readonly string[]) =>
      `Der Server liest ${plural(named.length, 'die Variable', 'die Variablen')} ${named.join(', ')} nicht.`,
    settingsHint:
      'Benennen Sie sie um oder entfernen Sie sie; deploy/.env.example nennt jede Einstellung.',
    vapidNone:
      'Keine VAPID-Schlüssel gesetzt: Der Server erzeugt beim ersten Start ein Paar und bewahrt es in der Datenbank auf.',
    vapidMissing: (name: string) =>
      `${name} ist nicht gesetzt, die anderen VAPID-Einstellungen schon: Der Server startet nicht.`,
    vapidMissingHint: 'Setzen Sie alle drei (city-app vapid erzeugt ein Schlüsselpaar) oder keine.',
    vapidBad: (problem: string) => `VAPID-Schlüssel: ${problem}`,
    vapidBadHint: 'Erzeugen Sie mit city-app vapid ein neues Paar.',
    vapidOk: 'Das VAPID-Schlüsselpaar ist gültig.',
    smtpUnset:
      'CITY_APP_SMTP_URL ist nicht gesetzt: E-Mails (Buchungsbestätigungen, Erinnerungen) werden als .eml-Dateien geschrieben, nicht versandt.',
    smtpUnsetHint:
      'Setzen Sie CITY_APP_SMTP_URL=smtps://benutzer:passwort@mail.example.de:465 in der Umgebung.',
    smtpOk: (host: string) => `SMTP-Server ${host}.`,
    smtpBad: (problem: string) => `CITY_APP_SMTP_URL ist so nicht nutzbar (${problem}).`,
    smtpProtocol: (protocol: string) => `Protokoll ${protocol}`,
    smtpNoHost: 'kein Host',
    smtpNotAnAddress: 'keine lesbare Adresse',
    smtpBadHint:
      'Verwenden Sie smtp://benutzer:passwort@host:587 oder smtps://benutzer:passwort@host:465.',
    coloursNotHex: 'Die Farben unter branding sind keine Hex-Farben.',
    coloursNotHexHint: 'Verwenden Sie Farben wie #1a5f7a.',
    contrastOk: (ratio: string) => `Text auf der Hauptfarbe erreicht ${ratio}:1.`,
    contrastLow: (primary: string, ratio: string, on: string) =>
      `branding.primaryColor ${primary} erreicht gegen ${on} nur ${ratio}:1; nötig sind 4,5:1.`,
    contrastHint: 'city-app config validate nennt die nächste Farbe, die genügt.',
    nothingOpen: 'Nichts ist mehr einzutragen.',
    openItem: (what: string, where: string) => `Noch einzutragen: ${what} (${where}).`,
    openItemWhere: (where: string, file: string) => `${where} in ${file}`,
    openItemHint:
      'Bewohnerinnen und Bewohner sehen es erst, wenn es eingetragen ist; die Übersicht im Verwaltungsbereich nennt es auch.',
    configProblems: (file: string, fields: readonly string[]) =>
      `${file} hat ${plural(fields.length, '1 Problem', `${fields.length} Probleme`)}: ${fields.join(', ')}.`,
    configHint: 'city-app config validate nennt die Einzelheiten.',
    configOk: (file: string) => `${file} ist gültig.`,
    toFix: (n: number) => `${n} ${plural(n, 'Sache', 'Sachen')} zu beheben.`,
    nothingToFix: 'Nichts zu beheben.',
    /** Decimal comma for the ratios. */
    ratio: (ratio: number) => ratio.toFixed(2).replace('.', ','),
  },
  en: {
    node: (version: string) => `Node ${version}`,
    nodeOld: (version: string, needed: string) =>
      `Node ${version} is too old; city-app needs ${needed} or later.`,
    nodeHint: 'Install a current Node LTS (nodejs.org) and run the command again.',
    dbNotCreated: (dir: string) =>
      `Embedded database (PGlite) in ${dir}: not created yet; the first start creates it.`,
    postgres: 'PostgreSQL (DATABASE_URL) answers.',
    dbOpens: (dir: string) => `Embedded database in ${dir} opens.`,
    dbInUse: (dir: string) => `Embedded database in ${dir} is in use by the running server.`,
    dbHint: 'Check DATABASE_URL (or CITY_APP_DATA_DIR) and that the database runs.',
    sourcesOk: (n: number) =>
      `${n} importer${plural(n, '', 's')} and scheduled job${plural(n, '', 's')}: none failing.`,
    sourceFailed: (kind: 'import' | 'job', job: string, at: string, error: string) =>
      `${kind === 'import' ? 'The import' : 'The scheduled job'} ${job} failed at ${at}: ${error}`,
    sourceLastSuccess: (at: string) =>
      `It last succeeded at ${at}; it runs again at its next due time. GET /api/admin/sources shows every source.`,
    sourceNeverSucceeded: 'It has never succeeded; check its source address and the server log.',
    conflicts: (files: readonly string[]) =>
      `Unresolved conflict markers (<<<<<<< … >>>>>>>) in ${files.join(', ')}.`,
    conflictsHint: 'Keep the lines you want in each file and delete the markers.',
    noConflicts: 'No unresolved conflict markers.',
    settingsOk: 'No unknown CITY_APP_* variable is set.',
    settingMeant: (name: string, meant: string) => `${name} (did you mean ${meant}?)`,
    settingsUnknown: (named: readonly string[]) => `The server reads no ${named.join(', ')}.`,
    settingsHint: 'Rename or remove it; deploy/.env.example lists every setting.',
    vapidNone:
      'No VAPID keys set: the server makes a pair at its first start and keeps it in the database.',
    vapidMissing: (name: string) =>
      `${name} is not set, but the other VAPID settings are: the server will not start.`,
    vapidMissingHint: 'Set all three (city-app vapid makes a key pair), or none.',
    vapidBad: (problem: string) => `VAPID keys: ${problem}`,
    vapidBadHint: 'Make a new pair with city-app vapid.',
    vapidOk: 'VAPID key pair is valid.',
    smtpUnset:
      'CITY_APP_SMTP_URL is not set: e-mails (booking confirmations, reminders) are written as .eml files, not sent.',
    smtpUnsetHint:
      'Set CITY_APP_SMTP_URL=smtps://user:password@mail.example.de:465 in the environment.',
    smtpOk: (host: string) => `SMTP server ${host}.`,
    smtpBad: (problem: string) => `CITY_APP_SMTP_URL cannot be used (${problem}).`,
    smtpProtocol: (protocol: string) => `protocol ${protocol}`,
    smtpNoHost: 'no host',
    smtpNotAnAddress: 'not a readable address',
    smtpBadHint: 'Use smtp://user:password@host:587 or smtps://user:password@host:465.',
    coloursNotHex: 'branding colours are not hex colours.',
    coloursNotHexHint: 'Use colours such as #1a5f7a.',
    contrastOk: (ratio: string) => `Text on the primary colour reaches ${ratio}:1.`,
    contrastLow: (primary: string, ratio: string, on: string) =>
      `branding.primaryColor ${primary} reaches only ${ratio}:1 against ${on}; 4.5:1 is needed.`,
    contrastHint: 'city-app config validate names the nearest colour that passes.',
    nothingOpen: 'Nothing is left to fill in.',
    openItem: (what: string, where: string) => `Still to fill in: ${what} (${where}).`,
    openItemWhere: (where: string, file: string) => `${where} in ${file}`,
    openItemHint: 'Residents do not see it until it is filled in; the admin overview lists it too.',
    configProblems: (file: string, fields: readonly string[]) =>
      `${file} has ${fields.length} problem${plural(fields.length, '', 's')}: ${fields.join(', ')}.`,
    configHint: 'Run city-app config validate for details.',
    configOk: (file: string) => `${file} is valid.`,
    toFix: (n: number) => `${n} thing${plural(n, '', 's')} to fix.`,
    nothingToFix: 'Nothing to fix.',
    ratio: (ratio: number) => ratio.toFixed(2),
  },
} as const satisfies Record<Locale, unknown>;

export type DoctorMessages = (typeof DOCTOR_MESSAGES)[Locale];
