import type { TopicDeclaration } from '@city-app/core';

/**
 * The events module's topic. Reminders of a date and news of followed categories reach only
 * the installations that asked for them here; the topic labels those messages in staff's
 * figures.
 */
export const EVENTS_TOPIC = 'events';

export const topics: TopicDeclaration[] = [
  {
    id: EVENTS_TOPIC,
    title: { de: 'Veranstaltungen', en: 'Events' },
    description: {
      de: 'Erinnerungen an gemerkte Termine und neue Veranstaltungen in Ihren Kategorien',
      en: 'Reminders of dates you marked and new events in your categories',
    },
  },
];
