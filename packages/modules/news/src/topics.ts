import type { TopicDeclaration } from '@city-app/core';

/**
 * Notification topics of the news module: all news, and one per starting category so a
 * resident can follow only "Baustellen". A category a town adds later is covered by `news`.
 */
export const topics: TopicDeclaration[] = [
  {
    id: 'news',
    title: { de: 'Alle Nachrichten', en: 'All news' },
    description: { de: 'Jede neue Nachricht der Stadt', en: 'Every new article from the town' },
  },
  {
    id: 'news.rathaus',
    title: { de: 'Rathaus', en: 'Town hall' },
    description: { de: 'Mitteilungen aus dem Rathaus', en: 'Announcements from the town hall' },
  },
  {
    id: 'news.baustellen',
    title: { de: 'Baustellen', en: 'Roadworks' },
    description: { de: 'Baustellen und Sperrungen', en: 'Roadworks and closures' },
  },
  {
    id: 'news.veranstaltungen',
    title: { de: 'Veranstaltungen', en: 'Events' },
    description: { de: 'Hinweise auf Veranstaltungen', en: 'Notes on events' },
  },
  {
    id: 'news.bildung',
    title: { de: 'Bildung', en: 'Education' },
    description: { de: 'Schulen, Kitas und Bibliothek', en: 'Schools, day care and the library' },
  },
  {
    id: 'news.wirtschaft',
    title: { de: 'Wirtschaft', en: 'Business' },
    description: { de: 'Handel und Gewerbe in der Stadt', en: 'Retail and business in town' },
  },
];

/** The topic an article of `category` is announced under, besides `news`. */
export function categoryTopic(category: string): string | undefined {
  const id = `news.${category.toLowerCase()}`;
  return topics.some((topic) => topic.id === id) ? id : undefined;
}
