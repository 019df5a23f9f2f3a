import { defineErrors } from '../entry.js';

const tooMany = { status: 429, exit: 'invalid_input' } as const;
const limit = {
  ...tooMany,
  title: { de: 'Zu viele Anfragen', en: 'Too many requests' },
  hint: {
    de: 'Die Grenze schützt vor Missbrauch. Brauchen Sie mehr, wenden Sie sich bitte an die Stadt.',
    en: 'The limit protects against misuse. If you need more, please contact the town.',
  },
} as const;
const csrf = {
  code: 'csrf_failed',
  status: 403,
  exit: 'invalid_input',
  title: { de: 'Anfrage abgelehnt', en: 'Request refused' },
  hint: {
    de: 'Senden Sie den Header {header} mit dem csrfToken der Anmeldung (auch im Cookie city_app_csrf), von der Adresse der App aus.',
    en: "Send the header {header} with the csrfToken from the login (also in the city_app_csrf cookie), from the app's own origin.",
  },
} as const;
const forgotPassword = {
  de: 'Fordern Sie über „Passwort vergessen“ einen neuen Link an.',
  en: 'Ask for a new link with “Forgot password”.',
} as const;
const passwordHint = {
  de: 'Nehmen Sie mindestens {min} Zeichen, etwa mehrere Wörter, die nicht zusammengehören.',
  en: 'Use at least {min} characters, for example several words that do not belong together.',
} as const;

/**
 * What the kernel's own routes refuse: logins and passwords, cross-site requests, staff
 * accounts, the feedback inbox and the limits that protect against misuse.
 */
export const serverStaffErrors = defineErrors({
  too_many_attempts: {
    ...tooMany,
    title: { de: 'Zu viele fehlgeschlagene Anmeldungen', en: 'Too many failed logins' },
    message: {
      de: 'Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'Too many failed logins. Please try again in {minutes} minute(s).',
    },
    hint: {
      de: 'Haben Sie Ihr Passwort vergessen? Fordern Sie über „Passwort vergessen“ einen Link an.',
      en: 'Forgot your password? Ask for a link with “Forgot password”.',
    },
  },
  account_slowed_down: {
    ...tooMany,
    title: { de: 'Bitte warten', en: 'Please wait' },
    message: {
      de: 'Für dieses Konto gab es gerade viele fehlgeschlagene Anmeldungen. Bitte warten Sie {seconds} Sekunde(n).',
      en: 'There were many failed logins for this account just now. Please wait {seconds} second(s).',
    },
  },
  reset_requested_too_often: {
    ...tooMany,
    code: 'too_many_attempts',
    title: { de: 'Zu viele Anfragen', en: 'Too many requests' },
    message: {
      de: 'Für diese Adresse wurde zu oft ein Link angefordert. Bitte versuchen Sie es in {minutes} Minuten erneut.',
      en: 'A link was asked for too often for this address. Please try again in {minutes} minutes.',
    },
  },
  invalid_credentials: {
    status: 401,
    exit: 'invalid_input',
    title: { de: 'Anmeldung fehlgeschlagen', en: 'Login failed' },
    message: {
      de: 'E-Mail-Adresse oder Passwort ist falsch.',
      en: 'E-mail or password is wrong.',
    },
  },
  wrong_current_password: {
    code: 'invalid_credentials',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Anmeldung fehlgeschlagen', en: 'Login failed' },
    message: { de: 'Das aktuelle Passwort ist falsch.', en: 'The current password is wrong.' },
  },
  same_password: {
    code: 'validation_failed',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
      en: 'The new password must differ from the current one.',
    },
  },
  password_too_short: {
    code: 'weak_password',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Passwort zu schwach', en: 'Password too weak' },
    message: {
      de: 'Das Passwort braucht mindestens {min} Zeichen.',
      en: 'The password needs at least {min} characters.',
    },
    hint: passwordHint,
  },
  weak_password: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Passwort zu schwach', en: 'Password too weak' },
    message: {
      de: 'Dieses Passwort ist zu leicht zu erraten ({reason}). Bitte wählen Sie ein anderes.',
      en: 'This password is too easy to guess ({reason}). Please choose another.',
    },
    hint: passwordHint,
  },
  reset_invalid: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Ungültiger Link', en: 'Invalid link' },
    message: {
      de: 'Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.',
      en: 'This link is invalid, has expired or was used already.',
    },
    hint: forgotPassword,
  },
  origin_refused: {
    ...csrf,
    message: {
      de: 'Anfragen von {origin} werden nicht angenommen.',
      en: 'Requests from {origin} are not accepted.',
    },
  },
  cross_site_refused: {
    ...csrf,
    message: {
      de: 'Anfragen von fremden Websites werden nicht angenommen.',
      en: 'Cross-site requests are not accepted.',
    },
  },
  no_origin_refused: {
    ...csrf,
    message: {
      de: 'Eine ändernde Anfrage ohne Origin-Header muss JSON senden (Content-Type: application/json).',
      en: 'A changing request without an Origin header must send JSON (Content-Type: application/json).',
    },
  },
  csrf_missing: {
    ...csrf,
    message: { de: 'Der Header {header} fehlt.', en: 'The {header} header is missing.' },
  },
  csrf_mismatch: {
    ...csrf,
    message: {
      de: 'Der Header {header} passt nicht zu dieser Sitzung.',
      en: 'The {header} header does not match this session.',
    },
  },
  email_taken: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'E-Mail-Adresse schon vergeben', en: 'E-mail already in use' },
    message: {
      de: 'Für {email} gibt es schon ein Konto.',
      en: 'There is already a staff account for {email}.',
    },
    hint: {
      de: 'Nehmen Sie eine andere Adresse oder ändern Sie die Rollen des bestehenden Kontos.',
      en: 'Use another address, or change the roles of the existing account.',
    },
  },
  last_admin: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Die letzte Administration', en: 'The last administrator' },
    message: {
      de: 'Damit bliebe die Stadt ohne aktive Administratorin oder aktiven Administrator.',
      en: 'This would leave the town without an active administrator.',
    },
    hint: {
      de: 'Geben Sie zuerst einem anderen aktiven Konto die Rolle „Administration“.',
      en: 'Give another active account the role "Administration" first.',
    },
  },
  cannot_delete_self: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Ihr eigenes Konto', en: 'Your own account' },
    message: {
      de: 'Das Konto, mit dem Sie angemeldet sind, können Sie nicht löschen.',
      en: 'You cannot delete the account you are logged in with.',
    },
    hint: {
      de: 'Bitten Sie eine andere Administratorin oder einen anderen Administrator, es zu löschen.',
      en: 'Ask another administrator to delete it.',
    },
  },
  staff_not_found: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Konto nicht gefunden', en: 'Account not found' },
    message: {
      de: 'Dieses Konto gibt es nicht (mehr).',
      en: 'This staff account does not exist (any more).',
    },
    hint: {
      de: 'Laden Sie die Liste der Mitarbeitenden neu.',
      en: 'Reload the list of staff.',
    },
  },
  cannot_demote_self: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Ihr eigenes Konto', en: 'Your own account' },
    message: {
      de: 'Ihrem eigenen Konto können Sie die Rolle „Administration“ nicht nehmen.',
      en: 'You cannot take the role "Administration" from your own account.',
    },
    hint: {
      de: 'Bitten Sie eine andere Administratorin oder einen anderen Administrator darum.',
      en: 'Ask another administrator to do it.',
    },
  },
  cannot_deactivate_self: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Ihr eigenes Konto', en: 'Your own account' },
    message: {
      de: 'Das Konto, mit dem Sie angemeldet sind, können Sie nicht deaktivieren.',
      en: 'You cannot deactivate the account you are logged in with.',
    },
    hint: {
      de: 'Bitten Sie eine andere Administratorin oder einen anderen Administrator, es zu deaktivieren.',
      en: 'Ask another administrator to deactivate it.',
    },
  },
  account_deactivated: {
    status: 403,
    exit: 'invalid_input',
    title: { de: 'Konto deaktiviert', en: 'Account deactivated' },
    message: {
      de: 'Dieses Konto ist deaktiviert; eine Anmeldung ist nicht möglich.',
      en: 'This account is deactivated; signing in is not possible.',
    },
    hint: {
      de: 'Brauchen Sie wieder Zugang, wenden Sie sich an die Administration der Stadt.',
      en: "If you need access again, contact the town's administrators.",
    },
  },
  staff_deactivated: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Konto deaktiviert', en: 'Account deactivated' },
    message: {
      de: 'Das Konto von {name} ist deaktiviert; es bekommt keine Einladung.',
      en: 'The account of {name} is deactivated; it gets no invitation.',
    },
    hint: {
      de: 'Aktivieren Sie das Konto zuerst wieder.',
      en: 'Reactivate the account first.',
    },
  },
  invitation_needs_public_url: {
    status: 503,
    exit: 'invalid_input',
    title: { de: 'Einladung nicht möglich', en: 'Invitation not possible' },
    message: {
      de: 'Der Server kennt seine öffentliche Adresse nicht und kann deshalb keinen Link verschicken. Es wurde kein Konto angelegt.',
      en: 'The server does not know its public address, so it cannot send a link. No account was created.',
    },
    hint: {
      de: 'Der Betrieb muss CITY_APP_PUBLIC_URL setzen, zum Beispiel https://app.hagenow.de.',
      en: 'The operators must set CITY_APP_PUBLIC_URL, for example https://app.hagenow.de.',
    },
  },
  feedback_not_found: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Feedback nicht gefunden', en: 'Feedback not found' },
    message: {
      de: 'Dieses Feedback gibt es nicht (mehr).',
      en: 'This feedback does not exist (any more).',
    },
    hint: {
      de: 'Es wurde vielleicht gelöscht, von Hand oder nach Ablauf der Aufbewahrungszeit.',
      en: 'It may have been deleted, by hand or when its retention period ended.',
    },
  },
  feedback_without_email: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Keine Adresse für eine Antwort', en: 'No address to answer' },
    message: {
      de: 'Diese Person hat keine E-Mail-Adresse angegeben; eine Antwort ist nicht möglich.',
      en: 'This person gave no e-mail address, so an answer is not possible.',
    },
    hint: {
      de: 'Antworten Sie, falls nötig, auf anderem Weg, zum Beispiel über die Website der Stadt.',
      en: "Answer some other way if needed, for example on the town's website.",
    },
  },
  mail_not_sent: {
    status: 503,
    exit: 'unexpected',
    title: { de: 'E-Mail nicht versendet', en: 'Mail not sent' },
    message: {
      de: 'Die Antwort konnte nicht versendet werden. Sie wurde nicht gespeichert.',
      en: 'The answer could not be sent. It was not saved.',
    },
    hint: {
      de: 'Bitte versuchen Sie es später erneut; bleibt der Fehler, prüfen Sie die Mail-Einstellungen des Servers.',
      en: "Please try again later; if it keeps failing, check the server's mail settings.",
    },
  },
  limit_feedback_per_address: {
    ...limit,
    message: {
      de: 'Von Ihrer IP-Adresse kamen in der letzten Stunde schon {max} Rückmeldungen. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'Your IP address already sent {max} feedback messages in the last hour. Please try again in {minutes} minute(s).',
    },
  },
  limit_bookings_per_email: {
    ...limit,
    message: {
      de: 'Mit dieser E-Mail-Adresse wurden in den letzten 24 Stunden schon {max} Buchungen oder Kursplätze angelegt. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'This e-mail address already made {max} bookings or course registrations in the last 24 hours. Please try again in {minutes} minute(s).',
    },
  },
  limit_bookings_per_address: {
    ...limit,
    message: {
      de: 'Von Ihrer IP-Adresse wurden in den letzten 24 Stunden schon {max} Buchungen oder Kursplätze angelegt. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'Your IP address already made {max} bookings or course registrations in the last 24 hours. Please try again in {minutes} minute(s).',
    },
  },
  limit_submissions_per_email: {
    ...limit,
    message: {
      de: 'Mit dieser E-Mail-Adresse wurden in den letzten 24 Stunden schon {max} Einreichungen gemacht. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'This e-mail address already made {max} submissions in the last 24 hours. Please try again in {minutes} minute(s).',
    },
  },
  limit_submissions_per_address: {
    ...limit,
    message: {
      de: 'Von Ihrer IP-Adresse wurden in den letzten 24 Stunden schon {max} Einreichungen gemacht. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'Your IP address already made {max} submissions in the last 24 hours. Please try again in {minutes} minute(s).',
    },
  },
  limit_installations_per_address: {
    ...limit,
    message: {
      de: 'Von Ihrer IP-Adresse wurden in der letzten Stunde schon {max} Geräte für Benachrichtigungen angemeldet. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'Your IP address already registered {max} devices for notifications in the last hour. Please try again in {minutes} minute(s).',
    },
  },
  limit_mails_per_recipient: {
    ...limit,
    message: {
      de: 'An diese E-Mail-Adresse gingen in der letzten Stunde schon {max} E-Mails. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
      en: 'This e-mail address already got {max} e-mails in the last hour. Please try again in {minutes} minute(s).',
    },
  },
});
