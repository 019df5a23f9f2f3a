import { defineModuleMeta } from '@city-app/core';
import { messages } from './messages.js';
import { topics } from './topics.js';

/**
 * What the news module is, as plain data: the browser bundle imports this (not the manifest
 * with its config schema), so the home screen carries no validation library.
 */
export const meta = defineModuleMeta({
  id: 'news',
  title: { de: 'Aktuelles', en: 'News' },
  description: {
    de: 'Nachrichten aus Rathaus und Stadt: Redaktion im Rathaus, Liste, Feed und Startseite.',
    en: 'News from the town hall and the town: editing, list, feed and home screen.',
  },
  field: 'administration',
  topics,
  messages,
  // The list and an article; editors' list, new article and an article to edit.
  screens: { resident: ['', ':slug'], staff: ['', 'new', ':id'] },
  // Articles are the town's, written by staff accounts the kernel declares: nothing about residents.
  personalData: [],
});
