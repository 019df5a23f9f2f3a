import { createHash } from 'node:crypto';
import type { LocalizedText } from './schemas.js';

export type Language = 'de' | 'en';

export function localize(text: LocalizedText, language: string): string {
  if (typeof text === 'string') return text;
  return (language === 'en' ? text.en : undefined) ?? text.de;
}

/** What the service worker receives (JSON, encrypted). */
export interface NotificationPayload {
  title: string;
  body: string;
  url?: string;
  /** Notification tag: a newer message with the same tag replaces the shown one. */
  tag: string;
  topic: string;
  dispatch: string;
}

export function payloadFor(
  d: {
    id: string;
    /** None for a test notification to one installation. */
    topic: string | null;
    title: LocalizedText;
    body: LocalizedText;
    url?: string | null;
    collapseKey?: string | null;
  },
  language: string,
): NotificationPayload {
  return {
    title: localize(d.title, language),
    body: localize(d.body, language),
    ...(d.url ? { url: d.url } : {}),
    tag: d.collapseKey ?? `dispatch-${d.id}`,
    topic: d.topic ?? 'test',
    dispatch: d.id,
  };
}

const summaryTitle = {
  de: (n: number) => `${n} neue Mitteilungen`,
  en: (n: number) => `${n} new notifications`,
};

/** One message for several that waited through quiet hours. */
export function summaryFor(items: NotificationPayload[], language: string): NotificationPayload {
  const lang: Language = language === 'en' ? 'en' : 'de';
  let body = items.map((i) => i.title).join(' · ');
  if (body.length > 500) body = `${body.slice(0, 499)}…`;
  return {
    title: summaryTitle[lang](items.length),
    body,
    url: '/',
    tag: 'summary',
    topic: 'summary',
    dispatch: items.map((i) => i.dispatch).join(','),
  };
}

/**
 * RFC 8030 Topic header (≤ 32 base64url characters). A re-sent message carries the same
 * topic, so the push service replaces an undelivered copy instead of delivering two.
 */
export function pushTopic(collapseKey: string | null | undefined, dispatchId: string): string {
  if (collapseKey && /^[A-Za-z0-9_-]{1,32}$/.test(collapseKey)) return collapseKey;
  const source = collapseKey ?? `dispatch-${dispatchId}`;
  return createHash('sha256').update(source).digest('base64url').slice(0, 32);
}
