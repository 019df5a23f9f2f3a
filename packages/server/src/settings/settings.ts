import type { Bilingual } from '@city-app/core';

/**
 * Every environment variable the server and its parts read, as data: the server reads its
 * environment through this list (`readSetting`), `city-app doctor` checks it, and the town
 * project's `deploy/.env.example` and `deploy/compose.yaml` are written from it.
 */
export interface Setting {
  name: string;
  /** What it does, German first. */
  description: Bilingual;
  /** What applies when it is not set, in words or as the value. */
  default?: Bilingual;
  /** A value to show in the example file. */
  example?: string;
  /** Holds a password or key: never printed, only in the operator's own file. */
  secret: boolean;
  /**
   * How `deploy/compose.yaml` sets it in the app container: passed through from
   * `deploy/.env` (default), a fixed value, or not at all (`false`).
   */
  compose?: { value: string } | false;
}

const COMPOSE_DATABASE_URL =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own ${…}, not a template
  'postgres://city:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in deploy/.env}@db:5432/city';

export const SETTINGS = [
  {
    name: 'PORT',
    description: { de: 'Port, auf dem der Server lauscht.', en: 'Port the server listens on.' },
    default: { de: '3000', en: '3000' },
    example: '3000',
    secret: false,
    compose: { value: '3000' },
  },
  {
    name: 'HOST',
    description: {
      de: 'Adresse, auf der der Server lauscht; 0.0.0.0 für alle.',
      en: 'Address the server listens on; 0.0.0.0 for all.',
    },
    default: { de: '127.0.0.1 (nur dieser Rechner)', en: '127.0.0.1 (this machine only)' },
    example: '0.0.0.0',
    secret: false,
    compose: { value: '0.0.0.0' },
  },
  {
    name: 'DATABASE_URL',
    description: {
      de: 'PostgreSQL statt der eingebetteten Datenbank; mehrere Serverprozesse können sie teilen.',
      en: 'PostgreSQL instead of the embedded database; several server processes can share it.',
    },
    default: { de: 'eingebettete Datenbank (PGlite)', en: 'embedded database (PGlite)' },
    example: 'postgres://city:change-me@localhost:5432/city',
    secret: true,
    compose: { value: COMPOSE_DATABASE_URL },
  },
  {
    name: 'CITY_APP_DATA_DIR',
    description: {
      de: 'Ordner der eingebetteten Datenbank, wenn DATABASE_URL fehlt; "memory://" nur für Tests.',
      en: 'Folder of the embedded database when DATABASE_URL is not set; "memory://" for tests only.',
    },
    default: { de: '.data/db', en: '.data/db' },
    secret: false,
    compose: false,
  },
  {
    name: 'CITY_APP_DB_POOL_SIZE',
    description: {
      de: 'Verbindungen je Serverprozess zu PostgreSQL.',
      en: 'Connections per server process to PostgreSQL.',
    },
    default: { de: '10', en: '10' },
    secret: false,
  },
  {
    name: 'CITY_APP_ADMIN_EMAIL',
    description: {
      de: 'E-Mail des ersten Administrators, beim ersten Start angelegt. Ohne: ein Einmalpasswort wird einmal ausgegeben.',
      en: 'E-mail of the first administrator, created at the first start. Without: a one-time password is printed once.',
    },
    example: 'it@example.org',
    secret: false,
  },
  {
    name: 'CITY_APP_ADMIN_PASSWORD',
    description: {
      de: 'Passwort des ersten Administrators (mindestens 12 Zeichen); nur mit CITY_APP_ADMIN_EMAIL.',
      en: 'Password of the first administrator (at least 12 characters); only with CITY_APP_ADMIN_EMAIL.',
    },
    secret: true,
  },
  {
    name: 'CITY_APP_VAPID_PUBLIC_KEY',
    description: {
      de: 'Öffentlicher Web-Push-Schlüssel (VAPID); alle drei VAPID-Werte oder keiner, ein Paar macht "city-app vapid".',
      en: 'Public Web Push key (VAPID); all three VAPID values or none, "city-app vapid" makes a pair.',
    },
    default: {
      de: 'beim ersten Start erzeugt und in der Datenbank gehalten',
      en: 'made at the first start and kept in the database',
    },
    secret: false,
  },
  {
    name: 'CITY_APP_VAPID_PRIVATE_KEY',
    description: {
      de: 'Privater Web-Push-Schlüssel (VAPID), passend zum öffentlichen.',
      en: 'Private Web Push key (VAPID) belonging to the public one.',
    },
    secret: true,
  },
  {
    name: 'CITY_APP_VAPID_SUBJECT',
    description: {
      de: 'Kontakt für Push-Dienste, als mailto:- oder https:-Adresse.',
      en: 'Contact for push services, as a mailto: or https: address.',
    },
    example: 'mailto:it@example.org',
    secret: false,
  },
  {
    name: 'CITY_APP_NOTIFY_WORKER',
    description: {
      de: '"off": dieser Prozess versendet keine Benachrichtigungen (wenn andere es tun).',
      en: '"off": this process sends no notifications (when other processes do).',
    },
    default: { de: 'on', en: 'on' },
    example: 'off',
    secret: false,
  },
  {
    name: 'CITY_APP_SMTP_URL',
    description: {
      de: 'Mailserver für E-Mails (Buchungsbestätigungen, Erinnerungen).',
      en: 'Mail server for e-mails (booking confirmations, reminders).',
    },
    default: {
      de: 'E-Mails als .eml-Dateien im Ordner outbox-mail neben der Datenbank',
      en: 'e-mails as .eml files in the folder outbox-mail beside the database',
    },
    example: 'smtps://user:password@mail.example.org:465',
    secret: true,
  },
  {
    name: 'CITY_APP_MAIL_DIR',
    description: {
      de: 'Ordner für E-Mails als .eml-Dateien, wenn kein Mailserver gesetzt ist.',
      en: 'Folder for e-mails as .eml files when no mail server is set.',
    },
    default: { de: 'outbox-mail neben der Datenbank', en: 'outbox-mail beside the database' },
    secret: false,
  },
  {
    name: 'CITY_APP_PUBLIC_URL',
    description: {
      de: 'Öffentliche Adresse der App, für Links in E-Mails.',
      en: 'Public address of the app, for links in e-mails.',
    },
    default: {
      de: 'die Adresse, an die eine Anfrage ging',
      en: 'the address a request came to',
    },
    example: 'https://app.example.org',
    secret: false,
  },
  {
    name: 'CITY_APP_TRUST_PROXY',
    description: {
      de: 'Die Reverse Proxys vor dem Server: ihre Anzahl (1 für einen nginx) oder ihre Adressen und Netze (127.0.0.1,10.0.0.0/8). Nur dann zählen X-Forwarded-For, -Proto und -Host, von rechts gelesen.',
      en: 'The reverse proxies in front of the server: their number (1 for one nginx) or their addresses and networks (127.0.0.1,10.0.0.0/8). Only then do X-Forwarded-For, -Proto and -Host count, read from the right.',
    },
    default: {
      de: 'keiner: X-Forwarded-Kopfzeilen werden nicht beachtet',
      en: 'none: X-Forwarded headers are ignored',
    },
    example: '1',
    secret: false,
  },
  {
    name: 'CITY_APP_MAIL_FROM',
    description: {
      de: 'Absender der E-Mails an Mitarbeitende (Passwort zurücksetzen, fehlgeschlagene Anmeldungen).',
      en: 'Sender of e-mails to staff (password reset, failed logins).',
    },
    default: {
      de: 'Name der App mit der E-Mail-Adresse aus dem Impressum',
      en: "the app's name with the imprint's e-mail address",
    },
    example: '"HageNOW!" <app@example.org>',
    secret: false,
  },
  {
    name: 'CITY_APP_PUSH_SERVICES',
    description: {
      de: 'Weitere Push-Dienste neben denen der Browser (Hosts, durch Kommas getrennt; *.example.org für Subdomains). Meist leer.',
      en: "Push services beyond the browsers' own (hosts, separated by commas; *.example.org for subdomains). Usually unset.",
    },
    default: {
      de: 'nur die Push-Dienste der Browser (Google, Mozilla, Apple, Microsoft)',
      en: "only the browsers' push services (Google, Mozilla, Apple, Microsoft)",
    },
    secret: false,
  },
  {
    name: 'CITY_APP_PUSH_PRIVATE_ADDRESSES',
    description: {
      de: '"allow" nur für einen Test-Push-Dienst auf diesem Rechner: lässt Push-Endpunkte auf Loopback- und privaten Adressen zu. Nie in einer Stadt.',
      en: '"allow" only for a test push service on this machine: lets push endpoints on loopback and private addresses through. Never in a town.',
    },
    default: { de: 'refuse', en: 'refuse' },
    secret: false,
    compose: false,
  },
  {
    name: 'CITY_APP_SOURCES_PRIVATE_ADDRESSES',
    description: {
      de: '"allow", wenn Quellen, die Module von einer Adresse einlesen (Kalender, Feeds), im internen Netz der Verwaltung liegen: lässt Adressen auf Loopback- und privaten Netzen zu. Sonst leer lassen.',
      en: '"allow" when sources that modules read from an address (calendars, feeds) are on the administration\'s internal network: lets addresses on loopback and private networks through. Leave unset otherwise.',
    },
    default: { de: 'refuse', en: 'refuse' },
    secret: false,
  },
  {
    name: 'CITY_APP_MAX_BODY_BYTES',
    description: {
      de: 'Größte Anfrage in Bytes.',
      en: 'Largest request body in bytes.',
    },
    default: { de: '1048576 (1 MiB)', en: '1048576 (1 MiB)' },
    secret: false,
  },
  {
    name: 'CITY_APP_FEEDBACK_RETENTION_DAYS',
    description: {
      de: 'Nach so vielen Tagen wird Feedback samt Antworten und E-Mail-Kopien automatisch gelöscht (1 bis 3650).',
      en: 'After this many days feedback is deleted automatically, with its answers and e-mail copies (1 to 3650).',
    },
    default: { de: '180', en: '180' },
    example: '180',
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_FEEDBACK_PER_HOUR',
    description: {
      de: 'Rückmeldungen je IP-Adresse und Stunde; 0 schaltet die Grenze ab.',
      en: 'Feedback messages per IP address and hour; 0 switches the limit off.',
    },
    default: { de: '10', en: '10' },
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_BOOKINGS_PER_EMAIL_PER_DAY',
    description: {
      de: 'Buchungen und Kursplätze je E-Mail-Adresse in 24 Stunden; 0 schaltet die Grenze ab.',
      en: 'Bookings and course places per e-mail address in 24 hours; 0 switches the limit off.',
    },
    default: { de: '10', en: '10' },
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY',
    description: {
      de: 'Buchungen und Kursplätze je IP-Adresse in 24 Stunden (Schulen und Büchereien teilen sich oft eine); 0 schaltet die Grenze ab.',
      en: 'Bookings and course places per IP address in 24 hours (schools and libraries often share one); 0 switches the limit off.',
    },
    default: { de: '50', en: '50' },
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_SUBMISSIONS_PER_EMAIL_PER_DAY',
    description: {
      de: 'Einreichungen ohne Konto (was Vereine oder Bürgerinnen und Bürger selbst eintragen) je E-Mail-Adresse in 24 Stunden; 0 schaltet die Grenze ab.',
      en: 'Submissions without an account (what clubs or residents enter themselves) per e-mail address in 24 hours; 0 switches the limit off.',
    },
    default: { de: '10', en: '10' },
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_SUBMISSIONS_PER_ADDRESS_PER_DAY',
    description: {
      de: 'Einreichungen ohne Konto je IP-Adresse in 24 Stunden (Vereinsheime und Büchereien teilen sich oft eine); 0 schaltet die Grenze ab.',
      en: 'Submissions without an account per IP address in 24 hours (club houses and libraries often share one); 0 switches the limit off.',
    },
    default: { de: '30', en: '30' },
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_INSTALLATIONS_PER_HOUR',
    description: {
      de: 'Neue Geräte für Benachrichtigungen je IP-Adresse und Stunde; 0 schaltet die Grenze ab.',
      en: 'New devices for notifications per IP address and hour; 0 switches the limit off.',
    },
    default: { de: '30', en: '30' },
    secret: false,
  },
  {
    name: 'CITY_APP_LIMIT_MAILS_PER_RECIPIENT_PER_HOUR',
    description: {
      de: 'E-Mails an eine Adresse je Stunde, über alle Funktionen; darüber wird nicht gesendet, nur protokolliert. 0 schaltet die Grenze ab.',
      en: 'E-mails to one address per hour, across all features; beyond it nothing is sent, only logged. 0 switches the limit off.',
    },
    default: { de: '10', en: '10' },
    secret: false,
  },
] as const satisfies readonly Setting[];

export type SettingName = (typeof SETTINGS)[number]['name'];

const NAMES: ReadonlySet<string> = new Set(SETTINGS.map((s) => s.name));

export function isSettingName(name: string): name is SettingName {
  return NAMES.has(name);
}

/** A setting's value; an empty value counts as not set, as in a copied example file. */
export function readSetting(
  env: Record<string, string | undefined>,
  name: SettingName,
): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}
