import type { Locale } from '../../api.js';

const TEXTS = {
  de: {
    subject: 'Ihre Daten im Digitalen Experimentierraum',
    body: [
      'Guten Tag,',
      '',
      'jemand hat für diese E-Mail-Adresse Auskunft über die gespeicherten Buchungen oder deren Löschung angefordert.',
      'Mit diesem Link sehen Sie alle Buchungen zu dieser Adresse und können sie herunterladen oder löschen:',
      '{link}',
      '',
      'Der Link gilt {minutes} Minuten und nur einmal. Wenn Sie nichts angefordert haben, müssen Sie nichts tun: Ohne den Link sieht niemand Ihre Daten.',
      '',
      'Viele Grüße\n{library}',
    ],
  },
  en: {
    subject: 'Your data in the digital experiment space',
    body: [
      'Hello,',
      '',
      'Someone asked, for this e-mail address, to see or delete the bookings stored for it.',
      'This link shows every booking of this address and lets you download or delete them:',
      '{link}',
      '',
      'The link works for {minutes} minutes and only once. If you did not ask for it, there is nothing to do: without the link nobody sees your data.',
      '',
      'Kind regards\n{library}',
    ],
  },
} as const;

/** The e-mail that proves a person reads the mail of an address: a single-use link to their data. */
export function composeDataAccessMail(f: {
  locale: Locale;
  link: string;
  minutes: number;
  library: string;
}): { subject: string; body: string } {
  const t = TEXTS[f.locale];
  const values: Record<string, string> = {
    link: f.link,
    minutes: String(f.minutes),
    library: f.library,
  };
  return {
    subject: t.subject,
    body: t.body.join('\n').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? ''),
  };
}
