import { generateVapidKeys, type PushServicePolicy, type TopicInput } from '../src/index.js';

export const VAPID = generateVapidKeys('mailto:rathaus@musterstadt.example');

/**
 * The explicit setting tests need: the local push stub on 127.0.0.1 and the documentation
 * hosts the tests subscribe with, besides the browsers' push services.
 */
export const TEST_PUSH_SERVICES: PushServicePolicy = {
  extraHosts: ['127.0.0.1', 'push.example.net', 'updates.push.example.org'],
  allowPrivateAddresses: true,
};

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
