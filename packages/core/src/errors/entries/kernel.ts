import { defineErrors } from '../entry.js';

/** Errors every part of the toolkit may raise: configuration, input, access, the HTTP edge. */
export const kernelErrors = defineErrors({
  invalid_config: {
    status: 400,
    exit: 'problems',
    title: {
      de: 'Die Konfiguration der Stadt ist ungültig',
      en: 'The town configuration is not valid',
    },
    message: { de: '{problems} in {source}.', en: '{problems} in the {source}.' },
    hint: {
      de: 'Korrigieren Sie jedes unten genannte Feld; `city-app config explain <Pfad>` beschreibt eine Option.',
      en: 'Fix each field named below; `city-app config explain <path>` describes an option.',
    },
  },
  validation_failed: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: '{problem}', en: '{problem}' },
  },
  validation_failed_with_hint: {
    code: 'validation_failed',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: '{problem}', en: '{problem}' },
    hint: { de: '{help}', en: '{help}' },
  },
  not_found: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Nicht gefunden', en: 'Not found' },
    message: { de: '{what} wurde nicht gefunden.', en: '{what} was not found.' },
  },
  unauthenticated: {
    status: 401,
    exit: 'invalid_input',
    title: { de: 'Anmeldung nötig', en: 'Login required' },
    message: {
      de: 'Dafür ist eine Anmeldung als Mitarbeiterin oder Mitarbeiter nötig.',
      en: 'This needs a staff login.',
    },
    hint: {
      de: 'Melden Sie sich unter /admin an und versuchen Sie es erneut.',
      en: 'Log in at /admin and try again.',
    },
  },
  forbidden: {
    status: 403,
    exit: 'invalid_input',
    title: { de: 'Nicht erlaubt', en: 'Not allowed' },
    message: { de: 'Dafür ist die Rolle „{role}“ nötig.', en: 'This needs the role "{role}".' },
    hint: {
      de: 'Bitten Sie eine Administratorin oder einen Administrator, Ihrem Konto diese Rolle zu geben.',
      en: 'Ask an administrator to give your account that role.',
    },
  },
  password_change_required: {
    status: 403,
    exit: 'invalid_input',
    title: { de: 'Neues Passwort nötig', en: 'Password change required' },
    message: {
      de: 'Dieses Konto nutzt noch sein Einmalpasswort.',
      en: 'This account still uses its one-time password.',
    },
    hint: {
      de: 'Wählen Sie zuerst ein eigenes Passwort (POST /api/auth/password).',
      en: 'Choose your own password first (POST /api/auth/password).',
    },
  },
  unknown_module: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekanntes Modul', en: 'Unknown module' },
    message: { de: 'Es gibt kein Modul „{id}“.', en: 'There is no module "{id}".' },
    hint: { de: 'Bekannte Module: {known}.', en: 'Known modules: {known}.' },
  },
  unknown_module_none_installed: {
    code: 'unknown_module',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Unbekanntes Modul', en: 'Unknown module' },
    message: { de: 'Es gibt kein Modul „{id}“.', en: 'There is no module "{id}".' },
    hint: { de: 'Es sind keine Module installiert.', en: 'No modules are installed.' },
  },
  payload_too_large: {
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Anfrage zu groß', en: 'Request too large' },
    message: {
      de: 'Der Inhalt der Anfrage ist größer als {maxBytes} Bytes.',
      en: 'The request body is larger than {maxBytes} bytes.',
    },
    hint: {
      de: 'Senden Sie weniger Daten, etwa ein kleineres Bild.',
      en: 'Send less data, e.g. a smaller image.',
    },
  },
  request_too_large: {
    code: 'payload_too_large',
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Anfrage zu groß', en: 'Request too large' },
    message: {
      de: 'Der Inhalt der Anfrage ist zu groß.',
      en: 'The request body is too large.',
    },
    hint: {
      de: 'Senden Sie weniger Daten, etwa ein kleineres Bild.',
      en: 'Send less data, e.g. a smaller image.',
    },
  },
  invalid_json: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Fehlerhaftes JSON', en: 'Malformed JSON' },
    message: { de: '{problem}', en: '{problem}' },
    hint: { de: '{help}', en: '{help}' },
  },
  http_error: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Anfrage abgelehnt', en: 'Request refused' },
    message: {
      de: 'Die Anfrage wurde abgelehnt (HTTP {status}).',
      en: 'The request was refused (HTTP {status}).',
    },
  },
  internal_error: {
    status: 500,
    exit: 'unexpected',
    title: { de: 'Fehler auf dem Server', en: 'Server error' },
    message: {
      de: 'Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es später erneut.',
      en: 'Something went wrong on the server. Please try again later.',
    },
  },
  unknown_capability: {
    status: 500,
    exit: 'problems',
    title: { de: 'Unbekannter Kern', en: 'Unknown core' },
    message: {
      de: 'Das Modul „{id}“ nutzt „{capability}“, doch dieser Server kennt nur {known}.',
      en: 'The module "{id}" uses "{capability}", but this server knows only {known}.',
    },
    hint: {
      de: 'Bringen Sie @city-app/server und das Modul auf zueinander passende Versionen (`pnpm up "@city-app/*"`).',
      en: 'Bring @city-app/server and the module to matching versions (`pnpm up "@city-app/*"`).',
    },
  },
  /** Both command-line tools: a fault that is no catalogue error. */
  unexpected: {
    status: 500,
    exit: 'unexpected',
    title: { de: 'Etwas ist schiefgegangen', en: 'Something went wrong' },
    message: { de: '{problem}', en: '{problem}' },
    hint: {
      de: 'Nichts blieb halb geschrieben. Passiert das wieder, melden Sie es bitte mit dem Befehl, den Sie ausgeführt haben.',
      en: 'Nothing was left half-written. If this keeps happening, please report it with the command you ran.',
    },
  },
});
