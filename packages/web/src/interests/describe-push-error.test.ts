import { createTranslator } from '@city-app/core';
import { PushClientError, type PushClientErrorCode } from '@city-app/notify/browser';
import { describe, expect, it } from 'vitest';
import { describePushError } from './describe-push-error.js';
import { interestsMessages } from './messages.js';

const german = createTranslator('de', interestsMessages);
const english = createTranslator('en', interestsMessages);
const catalogued = (language: 'de' | 'en') => new Set(Object.values(interestsMessages[language]));

const RAW = 'AbortError: Registration failed - push service not available';

const cases: Array<[string, unknown, RegExp]> = [
  ['permission blocked', new PushClientError('denied', RAW), /blockiert.*Zulassen/],
  ['prompt dismissed', new PushClientError('dismissed', RAW), /geschlossen, ohne zu wählen/],
  ['no gesture', new PushClientError('gesture-required', RAW), /noch einmal auf/],
  ['unsupported browser', new PushClientError('unsupported', RAW), /aktuellen Browser/],
  ['iPhone not installed', new PushClientError('needs-install', RAW), /Home-Bildschirm/],
  ['service worker not ready', new PushClientError('no-service-worker', RAW), /neu/],
  ['push service unreachable', new PushClientError('push-service', RAW), /Mitteilungsdienst/],
  ['server unreachable', new PushClientError('network', RAW), /Keine Verbindung/],
  [
    'server refused the choice',
    new PushClientError('server', RAW, { status: 400, field: 'topics' }),
    /nicht angenommen/,
  ],
  ['server failed', new PushClientError('server', RAW, { status: 503 }), /Problem/],
  [
    'tests too often',
    new PushClientError('server', RAW, { status: 429, serverCode: 'too_many_requests' }),
    /einige Sekunden/,
  ],
  ['a raw browser error', new DOMException(RAW, 'AbortError'), /nicht geklappt/],
  ['anything else', RAW, /nicht geklappt/],
];

describe('describePushError', () => {
  it.each(cases)(
    'explains %s in German and English from the catalogue, without the raw text',
    (_, error, german_) => {
      const de = describePushError(error, german);
      const en = describePushError(error, english);
      expect(de).toMatch(german_);
      expect(catalogued('de').has(de)).toBe(true);
      expect(catalogued('en').has(en)).toBe(true);
      expect(en).not.toBe(de);
      expect(`${de} ${en}`).not.toMatch(/AbortError|Registration failed|push service not/);
    },
  );

  it('has an explanation of its own for every code the notify client raises', () => {
    const codes: PushClientErrorCode[] = [
      'denied',
      'dismissed',
      'gesture-required',
      'unsupported',
      'needs-install',
      'no-service-worker',
      'push-service',
      'network',
      'server',
    ];
    const unknown = describePushError(new Error(RAW), german);
    for (const code of codes) {
      expect(describePushError(new PushClientError(code, RAW), german)).not.toBe(unknown);
    }
  });
});
