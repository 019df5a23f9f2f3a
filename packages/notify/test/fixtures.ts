import { generateVapidKeys, type TopicInput } from '../src/index.js';

export const VAPID = generateVapidKeys('mailto:rathaus@musterstadt.example');

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set(iso: string) {
      t = new Date(iso).getTime();
    },
    advance(ms: number) {
      t += ms;
    },
  };
}

export const TOPICS: TopicInput[] = [
  {
    id: 'baustellen',
    name: { de: 'Baustellen', en: 'Road works' },
    description: { de: 'Sperrungen und Umleitungen', en: 'Closures and detours' },
    field: 'mobility',
  },
  {
    id: 'veranstaltungen',
    name: { de: 'Veranstaltungen', en: 'Events' },
    description: { de: 'Feste, Konzerte, Märkte', en: 'Festivals, concerts, markets' },
    field: 'culture',
  },
];

export const AREAS = ['altstadt', 'neudorf'];
