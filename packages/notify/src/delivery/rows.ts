/** What a delivery worker holds between claiming deliveries and recording their outcomes. */
import type { LocalizedText } from '../schemas.js';
import type { Urgency } from '../webpush/sender.js';

export interface DispatchContent {
  topic: string | null;
  title: LocalizedText;
  body: LocalizedText;
  url: string | null;
  urgency: Urgency;
  ttl: number;
  collapse_key: string | null;
  /** When the message was due (ms since the epoch): its TTL counts from here. */
  send_at_ms: number;
}

/** One claimed delivery: a row of its own, or one member of a batch row. */
export interface ClaimedRow {
  content: DispatchContent;
  dispatch_id: string;
  /** The batch's first subscription id when claimed with a batch; null for a row of its own. */
  batch: string | null;
  subscription_id: string;
  attempts: number;
  deferred: boolean;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
  language: string | null;
}

/** A claimed batch row, by its key. */
export interface BatchKey {
  dispatch: string;
  first: string;
}

export interface Outcome {
  row: ClaimedRow;
  state: 'sent' | 'pending' | 'failed' | 'gone';
  due: Date;
  status: number | null;
  outcome: string;
  detail: string | null;
}

/** The message of a claimed delivery, as the payload is made from it. */
export function messageOf(row: ClaimedRow) {
  const c = row.content;
  return {
    id: row.dispatch_id,
    topic: c.topic,
    title: c.title,
    body: c.body,
    url: c.url,
    collapseKey: c.collapse_key,
  };
}
