import type { ModuleMeta } from '@city-app/core';

/**
 * What the council module keeps about people: the names and roles of council members as the
 * town's council information system publishes them, and which committees and words a device
 * follows.
 */
export const personalData: ModuleMeta['personalData'] = [
  {
    id: 'council-people',
    title: {
      de: 'Mitglieder des Rats und der Ausschüsse',
      en: 'Members of the council and its committees',
    },
    what: {
      de: 'Namen, Funktionen und Mitgliedschaften der Ratsmitglieder und sachkundigen Bürgerinnen und Bürger, wie das Ratsinformationssystem der Stadt sie veröffentlicht.',
      en: 'Names, roles and memberships of council members and appointed residents, as the town’s council information system publishes them.',
    },
    purpose: {
      de: 'Um die öffentlichen Sitzungen und Vorlagen mit ihren Beteiligten zu zeigen (Art. 6 Abs. 1 Buchstabe e DSGVO, Öffentlichkeit der Ratsarbeit nach der Kommunalverfassung).',
      en: 'To show the public meetings and papers with the people involved (Art. 6(1)(e) GDPR, the public nature of council work under the municipal constitution).',
    },
    retention: {
      de: 'Solange das Ratsinformationssystem sie veröffentlicht; was es als gelöscht meldet, zeigt die App nicht mehr.',
      en: 'As long as the council information system publishes them; what it reports as deleted the app no longer shows.',
    },
    access: {
      de: 'Öffentlich, wie im Ratsinformationssystem.',
      en: 'Public, as in the council information system.',
    },
  },
  {
    id: 'council-follows',
    title: { de: 'Gefolgte Gremien', en: 'Followed committees' },
    what: {
      de: 'Die Kennung der Benachrichtigungs-Anmeldung eines Geräts und die Gremien, denen es folgt; kein Name, kein Konto.',
      en: 'The id of a device’s notification sign-up and the committees it follows; no name, no account.',
    },
    purpose: {
      de: 'Um diesem Gerät neue Sitzungen und ergänzte Tagesordnungen dieser Gremien mitzuteilen und ihre Sitzungen unter „Meine Termine“ zu zeigen (Art. 6 Abs. 1 Buchstabe a DSGVO, Einwilligung durch das Folgen).',
      en: 'To tell this device of these committees’ new meetings and extended agendas and show their meetings under "My dates" (Art. 6(1)(a) GDPR, consent by following).',
    },
    retention: {
      de: 'Bis das Gerät dem Gremium nicht mehr folgt, oder bis seine Benachrichtigungs-Anmeldung gelöscht ist (beim nächsten Abgleich).',
      en: 'Until the device stops following the committee, or until its notification sign-up is deleted (at the next sync).',
    },
    access: {
      de: 'Nur wer die Kennung des Geräts kennt; sie steht auf dem Gerät selbst.',
      en: 'Only whoever knows the device’s id; it is kept on the device itself.',
    },
  },
  {
    id: 'council-words',
    title: { de: 'Gefolgte Stichwörter', en: 'Followed words' },
    what: {
      de: 'Die Kennung der Benachrichtigungs-Anmeldung eines Geräts und die Stichwörter, denen es folgt, wie eingegeben; kein Name, kein Konto.',
      en: 'The id of a device’s notification sign-up and the words it follows, as typed; no name, no account.',
    },
    purpose: {
      de: 'Um diesem Gerät neue Sitzungen und Tagesordnungspunkte mitzuteilen, die diese Stichwörter nennen (Art. 6 Abs. 1 Buchstabe a DSGVO, Einwilligung durch das Folgen).',
      en: 'To tell this device of new meetings and agenda items that name these words (Art. 6(1)(a) GDPR, consent by following).',
    },
    retention: {
      de: 'Bis das Gerät dem Stichwort nicht mehr folgt, oder bis seine Benachrichtigungs-Anmeldung gelöscht ist (bei der nächsten Mitteilung, die es erhalten hätte).',
      en: 'Until the device stops following the word, or until its notification sign-up is deleted (at the next news it would have received).',
    },
    access: {
      de: 'Nur wer die Kennung des Geräts kennt; sie steht auf dem Gerät selbst.',
      en: 'Only whoever knows the device’s id; it is kept on the device itself.',
    },
  },
];
