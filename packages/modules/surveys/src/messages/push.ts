/** What followers of "Beteiligung" read when a survey opens; keys start with `surveys.push.`. */
export const pushMessages = {
  de: {
    'surveys.push.opened.title': 'Neue Umfrage: {title}',
    'surveys.push.opened.body': 'Stimmen Sie bis zum {until} ab.',
  },
  en: {
    'surveys.push.opened.title': 'New survey: {title}',
    'surveys.push.opened.body': 'Vote until {until}.',
  },
} as const;
