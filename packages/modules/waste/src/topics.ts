import type { TopicDeclaration } from '@city-app/core';

/**
 * The waste calendar's topic. Reminders and changed dates reach only the installations that
 * chose a street and waste types here; the topic labels those messages in staff's figures.
 */
export const WASTE_TOPIC = 'waste';

export const topics: TopicDeclaration[] = [
  {
    id: WASTE_TOPIC,
    title: { de: 'Abfuhrtermine', en: 'Waste collection' },
    description: {
      de: 'Erinnerungen an die Abfuhr in Ihrer Straße und geänderte Termine',
      en: 'Reminders of collections in your street and changed dates',
    },
  },
];
