import { defineErrors } from '../entry.js';

/** The start stops: the operator reads these in the terminal or the log, never a resident. */
const startStops = { status: 500, exit: 'unexpected' } as const;
const setting = { ...startStops, code: 'invalid_environment' } as const;
const trustProxy = {
  ...setting,
  title: { de: 'Ungültige Einstellung CITY_APP_TRUST_PROXY', en: 'Invalid CITY_APP_TRUST_PROXY' },
  hint: {
    de: 'Geben Sie die Zahl der Proxys vor dem Server an (1 für ein nginx) oder ihre Adressen wie 127.0.0.1,10.0.0.0/8; ohne Proxy bleibt die Einstellung leer.',
    en: 'Write the number of proxies in front of the server (1 for one nginx), or their addresses such as 127.0.0.1,10.0.0.0/8; leave it unset without a proxy.',
  },
} as const;
const migration = {
  ...startStops,
  hint: {
    de: 'Nichts von dieser Migration wurde angewandt. Korrigieren Sie die Migration (oder die Datenbank) und starten Sie erneut.',
    en: 'Nothing of this migration was applied. Fix the migration (or the database) and start again.',
  },
} as const;

/**
 * Why the server does not start: its settings (environment variables), its database, its
 * migrations and the modules the town enables.
 */
export const serverStartErrors = defineErrors({
  invalid_limit_setting: {
    ...setting,
    title: { de: 'Ungültige Einstellung {setting}', en: 'Invalid {setting}' },
    message: {
      de: '{setting} muss eine ganze Zahl von 0 bis 1000000 sein, ist aber „{value}“.',
      en: '{setting} must be a whole number from 0 to 1000000, got "{value}".',
    },
    hint: {
      de: 'Setzen Sie {setting} auf die erlaubte Anzahl (0 schaltet die Grenze ab) oder lassen Sie es weg für {default}.',
      en: 'Set {setting} to the number allowed (0 switches the limit off), or unset it for {default}.',
    },
  },
  invalid_retention_setting: {
    ...setting,
    title: {
      de: 'Ungültige Einstellung CITY_APP_FEEDBACK_RETENTION_DAYS',
      en: 'Invalid CITY_APP_FEEDBACK_RETENTION_DAYS',
    },
    message: {
      de: 'CITY_APP_FEEDBACK_RETENTION_DAYS muss eine ganze Zahl von Tagen von 1 bis {max} sein, ist aber „{value}“.',
      en: 'CITY_APP_FEEDBACK_RETENTION_DAYS must be a whole number of days from 1 to {max}, got "{value}".',
    },
    hint: {
      de: 'Setzen Sie sie auf eine Zahl wie {default} oder lassen Sie sie weg für {default} Tage.',
      en: 'Set it to a number such as {default}, or unset it for {default} days.',
    },
  },
  invalid_public_url: {
    ...setting,
    title: { de: 'Ungültige Einstellung CITY_APP_PUBLIC_URL', en: 'Invalid CITY_APP_PUBLIC_URL' },
    message: {
      de: 'CITY_APP_PUBLIC_URL „{value}“ ist keine http(s)-Adresse.',
      en: 'CITY_APP_PUBLIC_URL "{value}" is not an http(s) address.',
    },
    hint: {
      de: 'Schreiben Sie die Adresse, die Menschen öffnen, etwa https://app.hagenow.de.',
      en: 'Write the address people open, such as https://app.hagenow.de.',
    },
  },
  invalid_trust_proxy_hops: {
    ...trustProxy,
    message: {
      de: 'CITY_APP_TRUST_PROXY „{value}“ ist nicht plausibel: mehr als 10 Proxys hintereinander.',
      en: 'CITY_APP_TRUST_PROXY "{value}" is not plausible: more than 10 proxies in a row.',
    },
  },
  invalid_trust_proxy_address: {
    ...trustProxy,
    message: {
      de: 'CITY_APP_TRUST_PROXY „{value}“ ist unverständlich: „{entry}“ ist keine IP-Adresse und kein Netz.',
      en: 'CITY_APP_TRUST_PROXY "{value}" is not understood: "{entry}" is no IP address or network.',
    },
  },
  invalid_trust_proxy_prefix: {
    ...trustProxy,
    message: {
      de: 'CITY_APP_TRUST_PROXY „{value}“ ist unverständlich: „{entry}“ hat keine gültige Präfixlänge.',
      en: 'CITY_APP_TRUST_PROXY "{value}" is not understood: "{entry}" has no valid prefix length.',
    },
  },
  invalid_notify_worker_setting: {
    ...setting,
    title: {
      de: 'Ungültige Einstellung CITY_APP_NOTIFY_WORKER',
      en: 'Invalid CITY_APP_NOTIFY_WORKER',
    },
    message: {
      de: 'CITY_APP_NOTIFY_WORKER muss „on“ oder „off“ sein, ist aber „{value}“.',
      en: 'CITY_APP_NOTIFY_WORKER must be "on" or "off", got "{value}".',
    },
    hint: {
      de: 'Setzen Sie sie in Prozessen, die keine Benachrichtigungen zustellen sollen, auf „off“, sonst lassen Sie sie weg.',
      en: 'Set it to "off" in processes that must not deliver notifications, or unset it.',
    },
  },
  invalid_push_private_addresses: {
    ...setting,
    title: {
      de: 'Ungültige Einstellung CITY_APP_PUSH_PRIVATE_ADDRESSES',
      en: 'Invalid CITY_APP_PUSH_PRIVATE_ADDRESSES',
    },
    message: {
      de: 'CITY_APP_PUSH_PRIVATE_ADDRESSES muss „refuse“ oder „allow“ sein, ist aber „{value}“.',
      en: 'CITY_APP_PUSH_PRIVATE_ADDRESSES must be "refuse" or "allow", got "{value}".',
    },
    hint: {
      de: 'Lassen Sie sie in einer Stadt weg: Push-Dienste liegen an öffentlichen Adressen.',
      en: 'Leave it unset in a town: push services are on public addresses.',
    },
  },
  admin_env_incomplete: {
    ...startStops,
    code: 'invalid_admin_env',
    title: {
      de: 'Angaben zur ersten Administration unvollständig',
      en: 'Incomplete first-admin settings',
    },
    message: {
      de: 'Setzen Sie CITY_APP_ADMIN_EMAIL und CITY_APP_ADMIN_PASSWORD beide oder keins von beiden.',
      en: 'Set both CITY_APP_ADMIN_EMAIL and CITY_APP_ADMIN_PASSWORD, or neither.',
    },
  },
  admin_password_too_short: {
    ...startStops,
    code: 'invalid_admin_env',
    title: { de: 'Admin-Passwort zu kurz', en: 'Admin password too short' },
    message: {
      de: 'CITY_APP_ADMIN_PASSWORD braucht mindestens {min} Zeichen.',
      en: 'CITY_APP_ADMIN_PASSWORD must have at least {min} characters.',
    },
    hint: {
      de: 'Wählen Sie ein langes Passwort aus mehreren Wörtern, die nicht zusammengehören.',
      en: 'Choose a long password of several unrelated words.',
    },
  },
  admin_password_too_weak: {
    ...startStops,
    code: 'invalid_admin_env',
    title: { de: 'Admin-Passwort zu schwach', en: 'Admin password too weak' },
    message: {
      de: 'CITY_APP_ADMIN_PASSWORD ist zu leicht zu erraten ({reason}).',
      en: 'CITY_APP_ADMIN_PASSWORD is too easy to guess ({reason}).',
    },
    hint: {
      de: 'Wählen Sie ein langes Passwort aus mehreren Wörtern, die nicht zusammengehören.',
      en: 'Choose a long password of several unrelated words.',
    },
  },
  invalid_database_url: {
    ...startStops,
    title: {
      de: 'DATABASE_URL ist keine PostgreSQL-Adresse',
      en: 'DATABASE_URL is not a PostgreSQL URL',
    },
    message: {
      de: 'DATABASE_URL muss mit postgres:// oder postgresql:// beginnen, ist aber „{url}“.',
      en: 'DATABASE_URL must start with postgres:// or postgresql://, got "{url}".',
    },
    hint: {
      de: 'Nutzen Sie postgres://benutzer:passwort@host:5432/datenbank, oder lassen Sie DATABASE_URL weg für die eingebettete Datenbank.',
      en: 'Use postgres://user:password@host:5432/database, or unset DATABASE_URL to use the embedded database.',
    },
  },
  database_unreachable: {
    ...startStops,
    title: { de: 'PostgreSQL ist nicht erreichbar', en: 'PostgreSQL cannot be reached' },
    message: {
      de: 'Keine Verbindung zu {url}: {reason}',
      en: 'Could not connect to {url}: {reason}',
    },
    hint: {
      de: 'Prüfen Sie DATABASE_URL, ob der Server läuft und ob die Datenbank existiert.',
      en: 'Check DATABASE_URL, that the server runs and that the database exists.',
    },
  },
  database_locked: {
    ...startStops,
    title: { de: 'Der Datenbankordner ist belegt', en: 'The database folder is in use' },
    message: {
      de: 'Die eingebettete Datenbank in {dataDir} ist schon von Prozess {pid}{self} geöffnet. PGlite erlaubt einen Prozess je Ordner.',
      en: 'The embedded database in {dataDir} is already opened by process {pid}{self}. PGlite allows one process per folder.',
    },
    hint: {
      de: 'Beenden Sie zuerst den anderen Prozess. Für mehrere Serverprozesse nutzen Sie PostgreSQL: setzen Sie DATABASE_URL=postgres://….',
      en: 'Stop the other process first. To run several server processes, use PostgreSQL: set DATABASE_URL=postgres://….',
    },
  },
  duplicate_migration: {
    ...startStops,
    title: { de: 'Zwei Migrationen mit einer Id', en: 'Two migrations share an id' },
    message: {
      de: 'Das Modul „{module}“ hat zwei Migrationen mit der Id „{id}“.',
      en: 'Module "{module}" has two migrations with the id "{id}".',
    },
    hint: {
      de: 'Geben Sie jeder Migration eines Moduls eine eigene Id, z. B. „002_add_topics“.',
      en: 'Give every migration of a module its own id, e.g. "002_add_topics".',
    },
  },
  migration_changed: {
    ...startStops,
    title: {
      de: 'Eine angewandte Migration wurde geändert',
      en: 'An applied migration was changed',
    },
    message: {
      de: 'Die Migration „{id}“ des Moduls „{module}“ wurde schon angewandt, aber ihr SQL hat sich seitdem geändert (andere Prüfsumme).',
      en: 'Migration "{id}" of module "{module}" was already applied, but its SQL has changed since (checksum differs).',
    },
    hint: {
      de: 'Ändern Sie nie eine angewandte Migration: stellen Sie ihr SQL wieder her und fügen Sie die Änderung als neue Migration hinzu.',
      en: 'Never edit an applied migration: restore its SQL and add a new migration with the change.',
    },
  },
  migration_failed: {
    ...migration,
    title: { de: 'Eine Migration schlug fehl', en: 'A migration failed' },
    message: {
      de: 'Die Migration „{id}“ des Moduls „{module}“ schlug fehl: {reason}',
      en: 'Migration "{id}" of module "{module}" failed: {reason}',
    },
  },
  seed_failed: {
    ...startStops,
    title: { de: 'Startinhalte nicht geladen', en: 'Loading starting content failed' },
    message: {
      de: 'Die Startinhalte des Moduls „{module}“ ließen sich nicht laden: {reason}',
      en: 'The seed of module "{module}" failed: {reason}',
    },
    hint: {
      de: 'Korrigieren Sie die Inhalte (siehe content/<Modul>) und starten Sie erneut; sie werden geladen, bis es gelingt.',
      en: 'Fix the content (see content/<module>) and start again; the seed runs again until it succeeds.',
    },
  },
  module_not_installed: {
    ...startStops,
    title: { de: 'Modul nicht installiert', en: 'Module not installed' },
    message: {
      de: 'Die Stadtkonfiguration schaltet modules.{id} ein, aber sein Paket {pkg} (Einstieg {pkg}/server) ist von {root} aus nicht zu finden.',
      en: 'The town config enables modules.{id}, but its package {pkg} (entry {pkg}/server) cannot be found from {root}.',
    },
    hint: {
      de: 'Installieren Sie es mit `pnpm add {pkg}` oder entfernen Sie modules.{id} aus city.config.ts.',
      en: 'Install it with `pnpm add {pkg}`, or remove modules.{id} from city.config.ts.',
    },
  },
  module_without_manifest: {
    ...startStops,
    code: 'invalid_module',
    title: { de: 'Kein city-app-Modul', en: 'Not a city-app module' },
    message: {
      de: '{pkg}/server hat keinen Default-Export mit einem Modul-Manifest.',
      en: '{pkg}/server has no default export with a module manifest.',
    },
    hint: {
      de: 'Sein Einstieg ./server muss sein Manifest mit `export default defineServerModule(…)` ausgeben.',
      en: 'Its ./server entry must `export default defineServerModule(…)` with its manifest.',
    },
  },
  module_id_mismatch: {
    ...startStops,
    code: 'invalid_module',
    title: { de: 'Kein city-app-Modul', en: 'Not a city-app module' },
    message: {
      de: '{pkg}/server ist das Modul „{actual}“, nicht „{id}“.',
      en: '{pkg}/server is the module "{actual}", not "{id}".',
    },
    hint: {
      de: 'Sein Einstieg ./server muss mit `export default defineServerModule(…)` das Manifest des Moduls „{id}“ ausgeben.',
      en: 'Its ./server entry must `export default defineServerModule(…)` with the manifest of module "{id}".',
    },
  },
  setting_not_whole_number: {
    ...setting,
    title: { de: 'Ungültige Einstellung {setting}', en: 'Invalid {setting}' },
    message: {
      de: '{setting} muss eine ganze Zahl sein, ist aber „{value}“.',
      en: '{setting} must be a whole number, got "{value}".',
    },
    hint: {
      de: 'Setzen Sie {setting} auf eine Zahl wie 3000, oder entfernen Sie die Einstellung.',
      en: 'Set {setting} to a number such as 3000, or unset it.',
    },
  },
  port_in_use: {
    ...setting,
    title: { de: 'Port belegt', en: 'Port in use' },
    message: {
      de: 'Port {port} auf {host} ist schon belegt.',
      en: 'Port {port} on {host} is already in use.',
    },
    hint: {
      de: 'Beenden Sie den anderen Server, oder setzen Sie PORT auf einen freien Port.',
      en: 'Stop the other server or set PORT to a free port.',
    },
  },
  duplicate_module: {
    ...startStops,
    title: { de: 'Modul doppelt angegeben', en: 'Module given twice' },
    message: {
      de: 'Zwei Server-Module haben die Kennung „{id}“.',
      en: 'Two server modules have the id "{id}".',
    },
    hint: {
      de: 'Geben Sie jedes Modul nur einmal in der Option `modules` von createCityServer an.',
      en: 'Pass each module once in the `modules` option of createCityServer.',
    },
  },
  module_root_prefix_invalid: {
    ...startStops,
    title: { de: 'Pfad eines Moduls ungültig', en: 'Invalid module path' },
    message: {
      de: 'Das Modul „{id}“ möchte Routen unter „{prefix}“ anbieten; dieser Pfad gehört dem Kern oder ist kein einzelner Abschnitt.',
      en: 'The module "{id}" wants to serve routes under "{prefix}"; that path belongs to the kernel or is not a single segment.',
    },
    hint: {
      de: 'Wählen Sie einen Abschnitt aus Kleinbuchstaben, Ziffern und Bindestrichen (z. B. `/open311`), nicht `/api`, `/admin`, `/assets`, `/healthz` oder eine Seite der App.',
      en: 'Choose one segment of lower-case letters, digits and hyphens (e.g. `/open311`), not `/api`, `/admin`, `/assets`, `/healthz` or a page of the app.',
    },
  },
  module_root_prefix_taken: {
    ...startStops,
    title: { de: 'Pfad eines Moduls belegt', en: 'Module path taken' },
    message: {
      de: 'Das Modul „{id}“ möchte Routen unter „{prefix}“ anbieten, doch dort liegt schon das Modul „{other}“.',
      en: 'The module "{id}" wants to serve routes under "{prefix}", but the module "{other}" is there already.',
    },
    hint: {
      de: 'Schalten Sie eines der beiden Module ab, oder fragen Sie die Entwickler eines davon nach einem anderen Pfad.',
      en: 'Switch one of the two modules off, or ask the developers of one of them for another path.',
    },
  },
});
