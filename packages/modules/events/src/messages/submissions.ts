/** What organisers read: the submission form, the confirmation page. */
export const submissionMessages = {
  de: {
    'events.submit.link': 'Veranstaltung eintragen',
    'events.submit.title': 'Veranstaltung eintragen',
    'events.submit.lead':
      'Vereine, Kirchengemeinden, die Bücherei und alle, die in {town} etwas veranstalten, können ihre Termine hier ohne Konto eintragen. Wir schicken Ihnen einen Link zur Bestätigung; danach prüft die Stadt Ihre Angaben, bevor sie erscheinen.',
    'events.submit.organiser': 'Ihre Angaben',
    'events.submit.organiserHint':
      'Wir brauchen sie, um Ihre Eintragung zu bestätigen und Ihnen die Entscheidung mitzuteilen. Bei der Veranstaltung erscheinen nur der Name des Vereins oder der Einrichtung und die Website.',
    'events.submit.contact': 'Ihr Name',
    'events.submit.contactHint': 'Damit wir Sie ansprechen können; er wird nicht veröffentlicht.',
    'events.submit.contactMissing': 'Geben Sie Ihren Namen mit mindestens zwei Zeichen an.',
    'events.submit.name': 'Verein oder Einrichtung',
    'events.submit.nameHint': 'Erscheint bei der Veranstaltung als Veranstalter.',
    'events.submit.nameMissing': 'Geben Sie einen Namen mit mindestens zwei Zeichen an.',
    'events.submit.email': 'E-Mail-Adresse',
    'events.submit.emailInvalid': 'Geben Sie eine E-Mail-Adresse an, zum Beispiel name@verein.de.',
    'events.submit.website': 'Website (freiwillig)',
    'events.submit.websiteInvalid': 'Geben Sie eine Adresse mit https:// an.',
    'events.submit.consent':
      'Ich willige ein, dass die Stadt meine Angaben speichert, um diese Eintragung zu bearbeiten (bis zwei Jahre nach meiner letzten Veranstaltung). Ich kann die Einwilligung jederzeit per E-Mail an die Stadt widerrufen.',
    'events.submit.consentMissing':
      'Ohne Ihre Einwilligung können wir die Eintragung nicht annehmen.',
    'events.submit.send': 'Eintragung absenden',
    'events.submit.sentTitle': 'Fast geschafft: Bitte bestätigen Sie Ihre Eintragung',
    'events.submit.sent':
      'Wir haben einen Link an {email} geschickt. Er gilt 72 Stunden. Erst nach Ihrer Bestätigung sieht die Stadt die Eintragung.',
    'events.submit.another': 'Weitere Veranstaltung eintragen',
    'events.confirm.title': 'Eintragung bestätigen',
    'events.confirm.working': 'Ihre Eintragung wird bestätigt …',
    'events.confirm.noToken':
      'In diesem Link fehlt der Bestätigungscode. Öffnen Sie den Link aus der E-Mail bitte vollständig.',
    'events.confirm.pendingTitle': 'Danke, Ihre Eintragung ist bestätigt',
    'events.confirm.pending':
      '„{title}“ wird jetzt von der Stadt geprüft. Sie erhalten eine E-Mail, sobald die Veranstaltung veröffentlicht ist oder falls sie nicht veröffentlicht werden kann.',
    'events.confirm.publishedTitle': 'Danke, Ihre Veranstaltung ist veröffentlicht',
    'events.confirm.published':
      '„{title}“ ist sofort zu sehen, weil die Stadt Ihnen als Veranstalter vertraut.',
    'events.confirm.show': 'Veranstaltung ansehen',
    'events.confirm.failedTitle': 'Bestätigung nicht möglich',
    'events.confirm.again': 'Veranstaltung erneut eintragen',
  },
  en: {
    'events.submit.link': 'Submit an event',
    'events.submit.title': 'Submit an event',
    'events.submit.lead':
      'Clubs, parishes, the library and everyone who organises something in {town} can submit their dates here without an account. We send you a link to confirm; then the town checks the details before they appear.',
    'events.submit.organiser': 'About you',
    'events.submit.organiserHint':
      'We need this to confirm your submission and tell you the decision. Only the name of the club or institution and the website appear with the event.',
    'events.submit.contact': 'Your name',
    'events.submit.contactHint': 'So we can address you; it is not published.',
    'events.submit.contactMissing': 'Enter your name, at least two characters.',
    'events.submit.name': 'Club or institution',
    'events.submit.nameHint': 'Appears with the event as its organiser.',
    'events.submit.nameMissing': 'Enter a name of at least two characters.',
    'events.submit.email': 'E-mail address',
    'events.submit.emailInvalid': 'Enter an e-mail address, for example name@club.org.',
    'events.submit.website': 'Website (optional)',
    'events.submit.websiteInvalid': 'Enter an address starting with https://.',
    'events.submit.consent':
      'I agree that the town keeps my details to handle this submission (until two years after my last event). I may withdraw my consent at any time by e-mail to the town.',
    'events.submit.consentMissing': 'Without your consent we cannot take the submission.',
    'events.submit.send': 'Send submission',
    'events.submit.sentTitle': 'Almost done: please confirm your submission',
    'events.submit.sent':
      'We sent a link to {email}. It works for 72 hours. Only after you confirm does the town see the submission.',
    'events.submit.another': 'Submit another event',
    'events.confirm.title': 'Confirm submission',
    'events.confirm.working': 'Confirming your submission …',
    'events.confirm.noToken':
      'This link lacks the confirmation code. Please open the whole link from the e-mail.',
    'events.confirm.pendingTitle': 'Thank you, your submission is confirmed',
    'events.confirm.pending':
      'The town now checks "{title}". You will get an e-mail once the event is published, or if it cannot be.',
    'events.confirm.publishedTitle': 'Thank you, your event is published',
    'events.confirm.published':
      '"{title}" can be seen at once, because the town trusts you as an organiser.',
    'events.confirm.show': 'View the event',
    'events.confirm.failedTitle': 'Cannot confirm',
    'events.confirm.again': 'Submit the event again',
  },
} as const;
