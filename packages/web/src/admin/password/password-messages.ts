import type { MessageCatalogue } from '@city-app/core';

/** Words of the staff password screens: forgotten password, reset link, first login. */
export const passwordMessages = {
  de: {
    'forgot.open': 'Passwort vergessen?',
    'forgot.title': 'Passwort vergessen',
    'forgot.lead':
      'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Sie bekommen einen Link, mit dem Sie ein neues Passwort festlegen.',
    'forgot.email': 'E-Mail-Adresse',
    'forgot.emailRequired': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    'forgot.submit': 'Link anfordern',
    'forgot.back': 'Zurück zur Anmeldung',
    'reset.title': 'Neues Passwort festlegen',
    'reset.lead': 'Wählen Sie ein neues Passwort für Ihr Konto. Der Link gilt nur einmal.',
    'reset.new': 'Neues Passwort',
    'reset.confirm': 'Neues Passwort wiederholen',
    'reset.submit': 'Passwort festlegen',
    'reset.done': 'Ihr Passwort ist festgelegt. Melden Sie sich jetzt damit an.',
    'password.hint':
      'Mindestens {min} Zeichen, etwa mehrere Wörter, die nicht zusammengehören. Nicht der Name der Stadt, kein häufiges Passwort.',
    'password.required': 'Bitte füllen Sie dieses Feld aus.',
    'password.tooShort': 'Das Passwort braucht mindestens {min} Zeichen.',
    'password.mismatch': 'Die beiden neuen Passwörter sind nicht gleich.',
    'first.title': 'Eigenes Passwort festlegen',
    'first.lead':
      'Sie haben sich mit einem Einmal-Passwort angemeldet. Legen Sie jetzt Ihr eigenes Passwort fest, bevor Sie weiterarbeiten.',
  },
  en: {
    'forgot.open': 'Forgot your password?',
    'forgot.title': 'Forgot password',
    'forgot.lead':
      'Enter the e-mail address of your account. You will get a link to set a new password.',
    'forgot.email': 'E-mail address',
    'forgot.emailRequired': 'Please enter your e-mail address.',
    'forgot.submit': 'Send link',
    'forgot.back': 'Back to sign-in',
    'reset.title': 'Set a new password',
    'reset.lead': 'Choose a new password for your account. The link works only once.',
    'reset.new': 'New password',
    'reset.confirm': 'Repeat the new password',
    'reset.submit': 'Set password',
    'reset.done': 'Your password is set. Sign in with it now.',
    'password.hint':
      'At least {min} characters, for example several words that do not belong together. Not the town’s name, not a common password.',
    'password.required': 'Please fill in this field.',
    'password.tooShort': 'The password needs at least {min} characters.',
    'password.mismatch': 'The two new passwords are not the same.',
    'first.title': 'Choose your own password',
    'first.lead':
      'You signed in with a one-time password. Choose your own password now, before you go on.',
  },
} satisfies MessageCatalogue;
