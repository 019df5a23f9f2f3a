import type { TopicDeclaration } from '@city-app/core';

/**
 * The council module's topic: residents who follow it hear of a new meeting, and of new
 * items on a coming meeting's agenda, as the hourly sync finds them.
 */
export const COUNCIL_TOPIC = 'council';

export const topics: TopicDeclaration[] = [
  {
    id: COUNCIL_TOPIC,
    title: { de: 'Ratsinformation', en: 'Council information' },
    description: {
      de: 'Neue Sitzungen des Rats und der Ausschüsse und neue Punkte auf ihrer Tagesordnung',
      en: 'New meetings of the council and its committees, and new items on their agenda',
    },
  },
];
