import type { TopicDeclaration } from '@city-app/core';

/** The topic whose followers hear of each survey as it opens. */
export const PARTICIPATION_TOPIC = 'participation';

export const topics: TopicDeclaration[] = [
  {
    id: PARTICIPATION_TOPIC,
    title: { de: 'Beteiligung', en: 'Participation' },
    description: {
      de: 'Neue Umfragen der Stadt, sobald Sie abstimmen können',
      en: 'New surveys of the town, as soon as you can vote',
    },
  },
];
