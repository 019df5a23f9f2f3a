import type { MessageCatalogue } from '@city-app/core';

/**
 * The home widget's four phrases. They travel with the module's meta, so on the app's first
 * script: keep this short, the screens bring the rest (`withOwnWords`).
 */
export const widgetMessages = {
  de: {
    'surveys.widget.until': 'läuft bis {date}',
    'surveys.widget.vote': 'Jetzt abstimmen',
    'surveys.widget.results': 'Ergebnis ansehen',
    'surveys.widget.voted': 'Abgestimmt, das Ergebnis folgt nach dem Ende',
  },
  en: {
    'surveys.widget.until': 'open until {date}',
    'surveys.widget.vote': 'Vote now',
    'surveys.widget.results': 'See the results',
    'surveys.widget.voted': 'Voted, the results follow after it closes',
  },
} satisfies MessageCatalogue;
