import type { NotifyMigration } from './db.js';

/** Tables of the notification SDK; the kernel (or a module using notify) runs these in order. */
export const notifyMigrations: NotifyMigration[] = [
  {
    id: '001_notify',
    up: `
create table notify_topics (
  id text primary key,
  name jsonb not null,
  description jsonb not null,
  field text,
  source text not null default 'editor',
  created_at timestamptz not null default now()
);

-- An anonymous installation of the app: no account, only what it chose.
create table notify_installations (
  id uuid primary key,
  language text not null default 'de',
  topics text[] not null default '{}',
  areas text[] not null default '{}',
  -- Quiet hours as minutes after local midnight in the town's time zone.
  quiet_start integer check (quiet_start between 0 and 1439),
  quiet_end integer check (quiet_end between 0 and 1439),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((quiet_start is null) = (quiet_end is null))
);

create table notify_subscriptions (
  id bigserial primary key,
  installation_id uuid not null references notify_installations(id) on delete cascade,
  endpoint text not null unique,
  p256dh text not null,
  auth text not null,
  created_at timestamptz not null default now()
);
create index notify_subscriptions_installation on notify_subscriptions(installation_id);

-- The outbox: one row per message, written in the sender's own transaction.
create table notify_dispatches (
  id bigserial primary key,
  topic text not null references notify_topics(id),
  area text,
  title jsonb not null,
  body jsonb not null,
  url text,
  urgency text not null default 'normal',
  ttl integer not null,
  collapse_key text,
  idempotency_key text not null unique,
  send_at timestamptz not null,
  state text not null default 'pending' check (state in ('pending', 'fanned_out')),
  recipients integer,
  fanned_out_at timestamptz,
  created_at timestamptz not null default now()
);
create index notify_dispatches_due on notify_dispatches(send_at) where state = 'pending';

-- One row per dispatch and subscription. due_at is the next attempt while pending and the
-- end of the lease while sending, so one index finds all claimable work.
create table notify_deliveries (
  dispatch_id bigint not null references notify_dispatches(id) on delete cascade,
  subscription_id bigint not null,
  state text not null default 'pending'
    check (state in ('pending', 'sending', 'sent', 'failed', 'gone')),
  attempts integer not null default 0,
  due_at timestamptz not null,
  deferred boolean not null default false,
  claim uuid,
  last_status integer,
  sent_at timestamptz,
  primary key (dispatch_id, subscription_id)
);
create index notify_deliveries_due on notify_deliveries(due_at, subscription_id)
  where state in ('pending', 'sending');
create index notify_deliveries_subscription on notify_deliveries(subscription_id);

create table notify_delivery_log (
  id bigserial primary key,
  dispatch_id bigint not null,
  subscription_id bigint not null,
  at timestamptz not null,
  attempt integer not null,
  status integer,
  outcome text not null,
  detail text
);
create index notify_delivery_log_dispatch on notify_delivery_log(dispatch_id);
create index notify_delivery_log_subscription on notify_delivery_log(subscription_id);

-- Embedded mode keeps its generated VAPID keys here.
create table notify_vapid (
  id boolean primary key default true check (id),
  public_key text not null,
  private_key text not null,
  subject text not null
);
`,
  },
  {
    id: '002_notify_test_messages',
    // A test notification goes to one installation only: it names the installation and no topic.
    up: `
alter table notify_dispatches alter column topic drop not null;
alter table notify_dispatches
  add column installation_id uuid references notify_installations(id) on delete cascade;
create index notify_dispatches_installation on notify_dispatches(installation_id)
  where installation_id is not null;
`,
  },
  {
    id: '003_notify_also_topics',
    // One message for several topics (news and its category): followers of any get it once.
    up: `
alter table notify_dispatches add column also_topics text[] not null default '{}';
`,
  },
  {
    id: '004_notify_installation_messages',
    // A module's message to one installation (e.g. about a booking the resident made on this
    // device) goes through the outbox and quiet hours like a topic message; a test message
    // goes at once. The kind tells them apart. An installation message whose installation
    // does not exist keeps installation_id null and reaches no one.
    up: `
alter table notify_dispatches add column kind text not null default 'topic'
  check (kind in ('topic', 'installation', 'test'));
update notify_dispatches set kind = 'test' where installation_id is not null;
alter table notify_dispatches add constraint notify_dispatches_kind_topic
  check (kind <> 'topic' or topic is not null);
`,
  },
  {
    id: '005_notify_delivery_batches',
    // A message to many subscriptions is fanned out in batches: one row holds up to 256
    // subscription ids (ascending, keyed by the first) that are due at the same time, and is
    // claimed and recorded as one. This writes one row per batch instead of three row versions
    // with three index entries per subscription. Deliveries held by quiet hours, retries,
    // failures and removals stay one row per subscription, in the former table, which is
    // renamed; rows in flight in it are delivered as before. The view `notify_deliveries`
    // keeps the former shape, one row per dispatch and subscription, for reading.
    up: `
alter table notify_deliveries rename to notify_delivery_singles;
alter index notify_deliveries_due rename to notify_delivery_singles_due;
alter index notify_deliveries_subscription rename to notify_delivery_singles_subscription;

create table notify_delivery_batches (
  dispatch_id bigint not null references notify_dispatches(id) on delete cascade,
  first_subscription bigint not null,
  -- Ascending; once recorded, only the subscriptions that were sent, with their statuses.
  subscription_ids bigint[] not null,
  -- Each one's language at fan-out, while pending; cleared once recorded.
  languages text[],
  statuses integer[],
  state text not null default 'pending' check (state in ('pending', 'sending', 'sent')),
  attempts integer not null default 0,
  -- The time to send while pending, the end of the lease while sending.
  due_at timestamptz not null,
  claim uuid,
  sent_at timestamptz,
  primary key (dispatch_id, first_subscription)
);
create index notify_delivery_batches_due on notify_delivery_batches(due_at, first_subscription)
  where state in ('pending', 'sending');

create view notify_deliveries as
  select dispatch_id, subscription_id, state, attempts, due_at, deferred, claim, last_status, sent_at
    from notify_delivery_singles
  union all
  select b.dispatch_id, u.subscription_id, b.state, b.attempts, b.due_at, false, b.claim,
         b.statuses[u.n::int], b.sent_at
    from notify_delivery_batches b
    cross join lateral unnest(b.subscription_ids) with ordinality as u(subscription_id, n);
`,
  },
  {
    id: '006_notify_installation_lists',
    // A module's message to a list of installations (e.g. the residents of one street who asked
    // to be reminded of its pickups): one dispatch instead of one per installation. The ids
    // are not a foreign key; fan-out reaches those that still exist, and deleting an
    // installation takes its id out of every list (the GIN index finds them).
    up: `
alter table notify_dispatches add column installation_ids uuid[];
alter table notify_dispatches drop constraint notify_dispatches_kind_check;
alter table notify_dispatches add constraint notify_dispatches_kind_check
  check (kind in ('topic', 'installation', 'installations', 'test'));
alter table notify_dispatches add constraint notify_dispatches_installation_list
  check ((kind = 'installations') = (installation_ids is not null));
create index notify_dispatches_installation_ids on notify_dispatches using gin (installation_ids)
  where installation_ids is not null;
`,
  },
];
