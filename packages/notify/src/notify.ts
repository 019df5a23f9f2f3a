/**
 * The notification SDK over a database: topics, anonymous installations and their
 * subscriptions, and `send`, which writes a dispatch into the outbox in the caller's
 * transaction. Workers (`notify.worker()`) deliver the outbox.
 */
import { randomUUID } from 'node:crypto';
import { CityAppError } from '@city-app/core';
import type { NotifyDatabase, Queryable } from './db.js';
import { type PushServicePolicy, refuseEndpoint } from './endpoints/push-services.js';
import { MAX_PLAINTEXT_BYTES, notifyErrors } from './errors.js';
import { payloadFor } from './payload.js';
import {
  type InstallationInput,
  installationInput,
  type LocalizedText,
  type QuietHours,
  type ResubscribeInput,
  resubscribeInput,
  type SendInput,
  type SubscriptionInput,
  sendInput,
  type TopicInput,
  topicInput,
} from './schemas.js';
import { parse } from './validate.js';
import { decodeKeys } from './webpush/encrypt.js';
import { createVapid, type Vapid, type VapidKeys } from './webpush/vapid.js';
import { createWorker, type NotifyWorker, type WorkerOptions } from './worker.js';

export interface NotifyLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface NotifyOptions {
  /** The town's IANA time zone; quiet hours are in it (e.g. "Europe/Berlin"). */
  timezone: string;
  vapid: VapidKeys;
  /** The town's area ids (Ortsteile); a message or a preference may name only these. */
  areas?: string[];
  /**
   * Which push services subscriptions may point to. By default only the browsers' own
   * (BROWSER_PUSH_SERVICES), on public addresses, over https.
   */
  pushServices?: PushServicePolicy;
  /** Accept http:// endpoints (local benchmarks only). Same as `pushServices.allowInsecure`. */
  allowInsecureEndpoints?: boolean;
  now?: () => Date;
  log?: NotifyLogger;
}

export interface Topic {
  id: string;
  name: { de: string; en?: string };
  description: { de: string; en?: string };
  field?: string;
  source: string;
}

export interface Installation {
  id: string;
  language: 'de' | 'en';
  topics: string[];
  areas: string[];
  quietHours: QuietHours | null;
  subscriptions: { endpoint: string; createdAt: string }[];
}

export interface DispatchFigures {
  id: string;
  topic: string;
  area: string | null;
  title: LocalizedText;
  state: 'pending' | 'fanned_out';
  sendAt: string;
  recipients: number | null;
  deliveries: { pending: number; sending: number; sent: number; failed: number; gone: number };
}

export interface Notify {
  readonly timezone: string;
  readonly vapid: Vapid;
  /** The push services this town sends to; the worker's sender checks them again. */
  readonly pushServices: PushServicePolicy;
  readonly now: () => Date;
  readonly db: NotifyDatabase;
  readonly log?: NotifyLogger;
  topics: {
    declare(topics: TopicInput | TopicInput[]): Promise<void>;
    list(): Promise<Topic[]>;
  };
  installations: {
    /** Creates or replaces an installation's preferences; adds its subscription if given. */
    upsert(id: string | undefined, input: InstallationInput): Promise<Installation>;
    get(id: string): Promise<Installation | undefined>;
    /**
     * Stores the browser's new push subscription for an existing installation, keeping its
     * preferences, and removes `oldEndpoint` (the subscription it replaces), in one step.
     * `undefined` when the installation does not exist.
     */
    resubscribe(id: string, input: ResubscribeInput): Promise<Installation | undefined>;
    /** Removes one subscription (the browser unsubscribed). */
    unsubscribe(id: string, endpoint: string): Promise<boolean>;
    /** Everything stored about an installation: preferences, subscriptions, deliveries and their log. */
    export(id: string): Promise<Record<string, unknown> | undefined>;
    /** Deletes the installation, its subscriptions, deliveries and log. */
    delete(id: string): Promise<boolean>;
    /**
     * Sends a test notification to this installation's own subscriptions, at once (the
     * resident asked for it, so quiet hours do not apply). Editors do not see it in their
     * figures. `undefined` when the installation does not exist.
     */
    sendTest(id: string): Promise<{ dispatchId: string; recipients: number } | undefined>;
  };
  /**
   * Writes a dispatch into the outbox using `tx` — the caller's transaction — so the message
   * is sent exactly when the caller's change commits. Same idempotency key: no second dispatch.
   *
   * With `installationId` it reaches only that installation's subscriptions, whatever topics
   * it follows, still after its quiet hours; `topic` is then optional. An installation that
   * does not exist (any more) gets a dispatch with no recipients, not an error. Editors'
   * figures (`dispatches`) list topic messages only.
   */
  send(tx: Queryable, input: SendInput): Promise<{ dispatchId: string; created: boolean }>;
  dispatches: {
    get(id: string): Promise<DispatchFigures | undefined>;
    list(limit?: number): Promise<DispatchFigures[]>;
  };
  worker(options?: WorkerOptions): NotifyWorker;
}

/** Seconds between two test notifications to the same installation. */
const TEST_INTERVAL_S = 10;
const TEST_MESSAGE = {
  title: { de: 'Testbenachrichtigung', en: 'Test notification' },
  body: {
    de: 'So sehen Mitteilungen Ihrer Stadt auf diesem Gerät aus.',
    en: 'This is how messages from your town look on this device.',
  },
};

/**
 * The delivery batches holding a subscription of installation $1, with that subscription's
 * id: a batch's ids are ascending and batches of a dispatch do not overlap, so per dispatch
 * only the batch with the greatest first id not above it can hold it (a key probe).
 */
const BATCHES_OF_SUBSCRIPTIONS = `
  select b.*, s.id as subscription_id
    from notify_subscriptions s
    cross join notify_dispatches d
    cross join lateral (
      select * from notify_delivery_batches b
       where b.dispatch_id = d.id and b.first_subscription <= s.id
       order by b.first_subscription desc limit 1) b
   where s.installation_id = $1 and s.id = any(b.subscription_ids)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function checkTimezone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw notifyErrors.invalid(
      'timezone',
      `"${timezone}" is not an IANA time zone.`,
      'Use e.g. "Europe/Berlin".',
    );
  }
}

interface InstallationRow {
  id: string;
  language: 'de' | 'en';
  topics: string[];
  areas: string[];
  quiet_start: number | null;
  quiet_end: number | null;
}

/**
 * The delivery log as its installation may read it: the worker's own words, never a network
 * error's text (rows written before the worker stopped storing those included).
 */
const PUBLIC_LOG_DETAIL = `case when l.detail is null
    or l.detail in ('delivery failed', 'endpoint refused', 'subscription removed', 'subscription no longer exists')
    or l.detail like 'in a summary of %' then l.detail else 'delivery failed' end`;

export function createNotify(db: NotifyDatabase, options: NotifyOptions): Notify {
  checkTimezone(options.timezone);
  // VAPID tokens are judged by the push service against real time, never a test clock.
  const vapid = createVapid(options.vapid);
  const now = options.now ?? (() => new Date());
  const areas = options.areas;
  const pushServices: PushServicePolicy = {
    ...options.pushServices,
    ...(options.allowInsecureEndpoints ? { allowInsecure: true } : {}),
  };

  function checkAreas(list: string[], field: string): void {
    if (!areas) return;
    const unknown = list.filter((a) => !areas.includes(a));
    if (unknown.length) {
      throw notifyErrors.invalid(
        field,
        `Unknown area "${unknown[0]}".`,
        `Known areas: ${areas.join(', ') || 'none'}.`,
      );
    }
  }

  async function checkTopics(q: Queryable, ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const { rows } = await q.query<{ id: string }>(
      'select id from notify_topics where id = any($1::text[])',
      [ids],
    );
    const known = new Set(rows.map((r) => r.id));
    const unknown = ids.find((t) => !known.has(t));
    if (unknown) {
      throw notifyErrors.invalid(
        field,
        `Unknown topic "${unknown}".`,
        'List the topics with GET /topics.',
      );
    }
  }

  function checkSubscription(subscription: SubscriptionInput): void {
    const refused = refuseEndpoint(new URL(subscription.endpoint), pushServices);
    if (refused) throw notifyErrors.endpointRefused('subscription.endpoint', refused);
    try {
      decodeKeys(subscription.keys);
    } catch (e) {
      if (e instanceof CityAppError) {
        throw notifyErrors.invalid(`subscription.${e.field}`, e.message, e.hint);
      }
      throw e;
    }
  }

  async function storeSubscription(
    tx: Queryable,
    installationId: string,
    s: SubscriptionInput,
  ): Promise<void> {
    // A browser that re-subscribes keeps its endpoint; it moves to this installation.
    await tx.query(
      `insert into notify_subscriptions (installation_id, endpoint, p256dh, auth) values ($1, $2, $3, $4)
       on conflict (endpoint) do update set installation_id = excluded.installation_id,
         p256dh = excluded.p256dh, auth = excluded.auth`,
      [installationId, s.endpoint, s.keys.p256dh, s.keys.auth],
    );
  }

  async function load(q: Queryable, id: string): Promise<Installation | undefined> {
    if (!UUID.test(id)) return undefined;
    const { rows } = await q.query<InstallationRow>(
      'select id, language, topics, areas, quiet_start, quiet_end from notify_installations where id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const subs = await q.query<{ endpoint: string; created_at: Date | string }>(
      'select endpoint, created_at from notify_subscriptions where installation_id = $1 order by id',
      [id],
    );
    return {
      id: row.id,
      language: row.language,
      topics: row.topics,
      areas: row.areas,
      quietHours:
        row.quiet_start === null || row.quiet_end === null
          ? null
          : { start: toClock(row.quiet_start), end: toClock(row.quiet_end) },
      subscriptions: subs.rows.map((s) => ({
        endpoint: s.endpoint,
        createdAt: new Date(s.created_at).toISOString(),
      })),
    };
  }

  async function figures(where: string, params: unknown[]): Promise<DispatchFigures[]> {
    const { rows } = await db.query<{
      id: string;
      topic: string;
      area: string | null;
      title: LocalizedText;
      state: 'pending' | 'fanned_out';
      send_at: Date | string;
      recipients: number | null;
      counts: Record<string, number> | null;
    }>(
      `select d.id::text as id, d.topic, d.area, d.title, d.state, d.send_at, d.recipients,
              (select jsonb_object_agg(state, n) from (
                 select state, sum(n)::int as n from (
                   select state, count(*) as n from notify_delivery_singles where dispatch_id = d.id group by state
                   union all
                   select state, sum(cardinality(subscription_ids)) from notify_delivery_batches
                    where dispatch_id = d.id group by state) x
                  group by state) c) as counts
         from notify_dispatches d ${where}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      topic: r.topic,
      area: r.area,
      title: r.title,
      state: r.state,
      sendAt: new Date(r.send_at).toISOString(),
      recipients: r.recipients,
      deliveries: { pending: 0, sending: 0, sent: 0, failed: 0, gone: 0, ...(r.counts ?? {}) },
    }));
  }

  const notify: Notify = {
    timezone: options.timezone,
    vapid,
    pushServices,
    now,
    db,
    ...(options.log ? { log: options.log } : {}),
    topics: {
      async declare(input) {
        const list = (Array.isArray(input) ? input : [input]).map((t, i) =>
          parse(topicInput, t, Array.isArray(input) ? `topics.${i}` : ''),
        );
        for (const t of list) {
          await db.query(
            `insert into notify_topics (id, name, description, field, source) values ($1, $2, $3, $4, $5)
             on conflict (id) do update set name = excluded.name, description = excluded.description,
               field = excluded.field, source = excluded.source`,
            [
              t.id,
              JSON.stringify(t.name),
              JSON.stringify(t.description),
              t.field ?? null,
              t.source,
            ],
          );
        }
      },
      async list() {
        const { rows } = await db.query<{
          id: string;
          name: Topic['name'];
          description: Topic['description'];
          field: string | null;
          source: string;
        }>(
          'select id, name, description, field, source from notify_topics order by field nulls last, id',
        );
        return rows.map((r) => ({
          id: r.id,
          name: r.name,
          description: r.description,
          ...(r.field ? { field: r.field } : {}),
          source: r.source,
        }));
      },
    },
    installations: {
      async upsert(id, raw) {
        if (id !== undefined && !UUID.test(id)) {
          throw notifyErrors.invalid(
            'id',
            'The installation id must be a UUID.',
            'Use crypto.randomUUID() once per installation.',
          );
        }
        const input = parse(installationInput, raw);
        checkAreas(input.areas, 'areas');
        if (input.subscription) checkSubscription(input.subscription);
        const installationId = id ?? randomUUID();
        const topics = [...new Set(input.topics)];
        return db.transaction(async (tx) => {
          await checkTopics(tx, topics, 'topics');
          const q = input.quietHours;
          await tx.query(
            `insert into notify_installations (id, language, topics, areas, quiet_start, quiet_end)
             values ($1, $2, $3::text[], $4::text[], $5, $6)
             on conflict (id) do update set language = excluded.language, topics = excluded.topics,
               areas = excluded.areas, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
               updated_at = now()`,
            [
              installationId,
              input.language,
              topics,
              [...new Set(input.areas)],
              q ? toMinutes(q.start) : null,
              q ? toMinutes(q.end) : null,
            ],
          );
          if (input.subscription) await storeSubscription(tx, installationId, input.subscription);
          return (await load(tx, installationId)) as Installation;
        });
      },
      async resubscribe(id, raw) {
        if (!UUID.test(id)) return undefined;
        const input = parse(resubscribeInput, raw);
        checkSubscription(input.subscription);
        return db.transaction(async (tx) => {
          const found = await tx.query('select 1 from notify_installations where id = $1', [id]);
          if (!found.rowCount) return undefined;
          if (input.oldEndpoint && input.oldEndpoint !== input.subscription.endpoint) {
            await tx.query(
              'delete from notify_subscriptions where installation_id = $1 and endpoint = $2',
              [id, input.oldEndpoint],
            );
          }
          await storeSubscription(tx, id, input.subscription);
          return (await load(tx, id)) as Installation;
        });
      },
      get: (id) => load(db, id),
      async unsubscribe(id, endpoint) {
        if (!UUID.test(id)) return false;
        const r = await db.query(
          'delete from notify_subscriptions where installation_id = $1 and endpoint = $2',
          [id, endpoint],
        );
        return r.rowCount > 0;
      },
      async export(id) {
        const installation = await load(db, id);
        if (!installation) return undefined;
        const deliveries = await db.query(
          `select dispatch_id::text as dispatch, state, attempts, status, sent_at as "sentAt" from (
             select d.dispatch_id, d.state, d.attempts, d.last_status as status, d.sent_at
               from notify_delivery_singles d join notify_subscriptions s on s.id = d.subscription_id
              where s.installation_id = $1
             union all
             select b.dispatch_id, b.state, b.attempts,
                    b.statuses[array_position(b.subscription_ids, b.subscription_id)], b.sent_at
               from (${BATCHES_OF_SUBSCRIPTIONS}) b) x
            order by dispatch_id`,
          [id],
        );
        const log = await db.query(
          `select l.dispatch_id::text as dispatch, l.at, l.attempt, l.status, l.outcome,
                  ${PUBLIC_LOG_DETAIL} as detail
             from notify_delivery_log l join notify_subscriptions s on s.id = l.subscription_id
            where s.installation_id = $1 order by l.id`,
          [id],
        );
        return { installation, deliveries: deliveries.rows, log: log.rows };
      },
      async delete(id) {
        if (!UUID.test(id)) return false;
        return db.transaction(async (tx) => {
          const subs = await tx.query<{ id: string }>(
            'select id from notify_subscriptions where installation_id = $1',
            [id],
          );
          const ids = subs.rows.map((s) => s.id);
          if (ids.length) {
            await tx.query(
              'delete from notify_delivery_log where subscription_id = any($1::bigint[])',
              [ids],
            );
            await tx.query(
              'delete from notify_delivery_singles where subscription_id = any($1::bigint[])',
              [ids],
            );
            // Out of every batch that holds them, with their statuses.
            await tx.query(
              `update notify_delivery_batches b
                  set (subscription_ids, statuses, languages) = (
                        select coalesce(array_agg(u.sid order by u.n), '{}'),
                               case when b.statuses is null then null
                                 else coalesce(array_agg(u.status order by u.n), '{}') end,
                               case when b.languages is null then null
                                 else coalesce(array_agg(u.language order by u.n), '{}') end
                          from unnest(b.subscription_ids, b.statuses, b.languages)
                                 with ordinality as u(sid, status, language, n)
                         where u.sid <> all($2::bigint[]))
                 from (select distinct dispatch_id, first_subscription from (${BATCHES_OF_SUBSCRIPTIONS}) h) h
                where b.dispatch_id = h.dispatch_id and b.first_subscription = h.first_subscription`,
              [id, ids],
            );
          }
          const r = await tx.query('delete from notify_installations where id = $1', [id]);
          return r.rowCount > 0;
        });
      },
      async sendTest(id) {
        if (!UUID.test(id)) return undefined;
        return db.transaction(async (tx) => {
          // Lock the installation so two quick presses cannot both pass the interval check.
          const found = await tx.query<{ recent: boolean }>(
            `select exists (select 1 from notify_dispatches d where d.installation_id = i.id and d.kind = 'test'
                              and d.created_at > $2::timestamptz - make_interval(secs => $3)) as recent
               from notify_installations i where i.id = $1 for update`,
            [id, now().toISOString(), TEST_INTERVAL_S],
          );
          const row = found.rows[0];
          if (!row) return undefined;
          if (row.recent) throw notifyErrors.tooSoon(TEST_INTERVAL_S);
          const at = now().toISOString();
          const inserted = await tx.query<{ id: string }>(
            `insert into notify_dispatches (kind, topic, installation_id, title, body, url, urgency, ttl,
               idempotency_key, send_at, state, fanned_out_at, created_at)
             values ('test', null, $1, $2, $3, '/einstellungen', 'normal', 600, $4, $5, 'fanned_out', $5, $5)
             returning id::text as id`,
            [
              id,
              JSON.stringify(TEST_MESSAGE.title),
              JSON.stringify(TEST_MESSAGE.body),
              `test-${randomUUID()}`,
              at,
            ],
          );
          const dispatchId = (inserted.rows[0] as { id: string }).id;
          const deliveries = await tx.query(
            `insert into notify_delivery_singles (dispatch_id, subscription_id, due_at)
             select $1::bigint, s.id, $2::timestamptz from notify_subscriptions s where s.installation_id = $3`,
            [dispatchId, at, id],
          );
          if (deliveries.rowCount === 0) {
            throw notifyErrors.invalid(
              'subscription',
              'This installation has no push subscription.',
              'Switch notifications on for this device first.',
            );
          }
          await tx.query('update notify_dispatches set recipients = $2 where id = $1', [
            dispatchId,
            deliveries.rowCount,
          ]);
          return { dispatchId, recipients: deliveries.rowCount };
        });
      },
    },
    async send(tx, raw) {
      const input = parse(sendInput, raw);
      if (input.area !== undefined) checkAreas([input.area], 'area');
      if (input.topic !== undefined) await checkTopics(tx, [input.topic], 'topic');
      await checkTopics(tx, input.alsoTopics, 'alsoTopics');
      const alsoTopics = [...new Set(input.alsoTopics)].filter((t) => t !== input.topic);
      // A message to an installation that is gone (the resident deleted their data) or never
      // existed still becomes a dispatch, with no recipients: the caller's transaction goes
      // on, and a later message with the same key stays a repeat.
      let installation: string | null = null;
      if (input.installationId !== undefined) {
        // KEY SHARE keeps the installation from being deleted until the caller commits.
        const found = await tx.query<{ id: string }>(
          'select id::text as id from notify_installations where id = $1 for key share',
          [input.installationId],
        );
        installation = found.rows[0]?.id ?? null;
        if (!installation) {
          notify.log?.info('Notification for an unknown installation: no recipients', {
            idempotencyKey: input.idempotencyKey,
          });
        }
      }
      // Refuse now what could never be delivered: the largest localized payload must fit.
      for (const language of ['de', 'en']) {
        const size = Buffer.byteLength(
          JSON.stringify(
            payloadFor(
              {
                ...input,
                id: '9'.repeat(19),
                topic: input.topic ?? null,
                collapseKey: input.collapseKey ?? null,
              },
              language,
            ),
          ),
        );
        if (size > MAX_PLAINTEXT_BYTES) throw notifyErrors.payloadTooLarge(size, 'body');
      }
      const inserted = await tx.query<{ id: string }>(
        `insert into notify_dispatches (topic, area, title, body, url, urgency, ttl, collapse_key, idempotency_key,
           send_at, also_topics, kind, installation_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13)
         on conflict (idempotency_key) do nothing returning id::text as id`,
        [
          input.topic ?? null,
          input.area ?? null,
          JSON.stringify(input.title),
          JSON.stringify(input.body),
          input.url ?? null,
          input.urgency,
          input.ttl,
          input.collapseKey ?? null,
          input.idempotencyKey,
          (input.sendAt ?? now()).toISOString(),
          alsoTopics,
          input.installationId === undefined ? 'topic' : 'installation',
          installation,
        ],
      );
      if (inserted.rows[0]) return { dispatchId: inserted.rows[0].id, created: true };
      const existing = await tx.query<{ id: string }>(
        'select id::text as id from notify_dispatches where idempotency_key = $1',
        [input.idempotencyKey],
      );
      return { dispatchId: (existing.rows[0] as { id: string }).id, created: false };
    },
    dispatches: {
      async get(id) {
        if (!/^\d{1,18}$/.test(id)) return undefined;
        return (await figures("where d.id = $1 and d.kind = 'topic'", [id]))[0];
      },
      list: (limit = 50) => figures("where d.kind = 'topic' order by d.id desc limit $1", [limit]),
    },
    worker: (workerOptions) => createWorker(notify, workerOptions),
  };
  return notify;
}
