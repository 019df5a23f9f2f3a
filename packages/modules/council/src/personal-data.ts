import type { ModuleMeta } from '@city-app/core';

/**
 * What the council module keeps about people: the names and roles of council members as the
 * town's council information system publishes them. Residents send nothing to read.
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
];
