import type { Migration } from '../module.js';

/** The kernel's own tables, applied before any module's (module name `kernel`). */
export const kernelMigrations: Migration[] = [
  {
    id: '001_staff',
    up: `
      create table city_app_users (
        id uuid primary key default gen_random_uuid(),
        email text not null unique,
        name text not null,
        password_hash text not null,
        roles text[] not null default '{}',
        must_change_password boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table city_app_sessions (
        token_hash text primary key,
        user_id uuid not null references city_app_users(id) on delete cascade,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create index city_app_sessions_user on city_app_sessions (user_id);
      create table city_app_login_attempts (
        id bigserial primary key,
        email text not null,
        ip text not null,
        attempted_at timestamptz not null default now()
      );
      create index city_app_login_attempts_email on city_app_login_attempts (email, attempted_at);
      create index city_app_login_attempts_ip on city_app_login_attempts (ip, attempted_at);
    `,
  },
  {
    id: '002_feedback',
    up: `
      create table feedback (
        id uuid primary key default gen_random_uuid(),
        message text not null,
        email text,
        name text,
        page text,
        created_at timestamptz not null default now()
      );
      create index feedback_created on feedback (created_at desc);
    `,
  },
  {
    id: '003_login_limits_and_password_reset',
    up: `
      alter table city_app_login_attempts add column kind text not null default 'login';
      create index city_app_login_attempts_email_ip
        on city_app_login_attempts (email, ip, attempted_at);
      alter table city_app_users add column login_alert_sent_at timestamptz;
      create table city_app_password_resets (
        token_hash text primary key,
        user_id uuid not null references city_app_users(id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      );
      create index city_app_password_resets_user on city_app_password_resets (user_id);
    `,
  },
  {
    id: '004_feedback_inbox',
    up: `
      alter table feedback add column read_at timestamptz;
      create table feedback_answers (
        id uuid primary key default gen_random_uuid(),
        feedback_id uuid not null references feedback(id) on delete cascade,
        text text not null,
        answered_by uuid references city_app_users(id) on delete set null,
        answered_by_name text not null,
        answered_at timestamptz not null default now()
      );
      create index feedback_answers_feedback on feedback_answers (feedback_id, answered_at);
      create table city_app_job_runs (
        name text primary key,
        last_run_at timestamptz not null
      );
    `,
  },
  {
    id: '005_abuse_limits',
    up: `
      create table city_app_limit_events (
        id bigserial primary key,
        kind text not null,
        key_hash text not null,
        token_hash text,
        counted_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create index city_app_limit_events_key on city_app_limit_events (kind, key_hash, counted_at);
      create index city_app_limit_events_expiry on city_app_limit_events (expires_at);
      create table city_app_limit_secret (
        id int primary key check (id = 1),
        secret text not null
      );
    `,
  },
  {
    id: '006_calendar_links',
    up: `
      -- One private calendar subscription per anonymous installation ("Meine Termine").
      -- Only the token's hash is kept: the link is shown once, a new one replaces it.
      create table city_app_calendar_links (
        installation_id uuid primary key,
        token_hash text not null unique,
        locale text not null check (locale in ('de', 'en')),
        created_at timestamptz not null default now()
      );
    `,
  },
  {
    // Scheduled work of modules: one row per job and due time, claimed by exactly one process;
    // a lease that runs out lets another process take over a run whose process died.
    id: '007_scheduled_work',
    up: `
      create table city_app_scheduled_runs (
        job text not null,
        due_at timestamptz not null,
        status text not null check (status in ('running', 'done', 'failed')),
        owner text not null,
        lease_until timestamptz not null,
        attempts int not null default 1,
        started_at timestamptz not null,
        finished_at timestamptz,
        error text,
        primary key (job, due_at)
      );
      create index city_app_scheduled_runs_finished on city_app_scheduled_runs (finished_at);
      create table city_app_sources (
        job text primary key,
        module text not null,
        kind text not null,
        last_run_at timestamptz,
        last_success_at timestamptz,
        last_error_at timestamptz,
        last_error text,
        successes int not null default 0,
        failures int not null default 0,
        last_counts jsonb not null default '{}'
      );
    `,
  },
  {
    // Mail that modules send (an organiser's confirmation link, a moderation answer): written
    // in the module's transaction, delivered by the kernel's job, retried, never sent twice.
    id: '008_mail_outbox',
    up: `
      create table city_app_mail_outbox (
        id bigserial primary key,
        module text not null,
        recipient text not null check (char_length(recipient) <= 254),
        subject text not null check (char_length(subject) <= 300),
        body text not null check (char_length(body) <= 20000),
        reply_to text check (char_length(reply_to) <= 254),
        status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
        attempts int not null default 0,
        next_attempt_at timestamptz not null default now(),
        leased_until timestamptz,
        last_error text,
        created_at timestamptz not null default now(),
        sent_at timestamptz
      );
      create index city_app_mail_outbox_due on city_app_mail_outbox (next_attempt_at)
        where status = 'queued';
      create index city_app_mail_outbox_recipient on city_app_mail_outbox (lower(recipient));
    `,
  },
  {
    // A deactivated account keeps its rows (who answered feedback, who published) but can
    // neither sign in nor use a session; the list shows when each account last signed in.
    id: '009_staff_deactivation',
    up: `
      alter table city_app_users add column deactivated_at timestamptz;
      alter table city_app_users add column last_login_at timestamptz;
    `,
  },
  {
    // Images staff upload for content. Kept as bytea, not as files: one backup and one
    // restore hold content and its images, several server processes share them without a
    // shared disk, and a few hundred kilobytes per rendition are stored out of line (TOAST).
    // The id is the upload's SHA-256, so a URL's bytes never change and may be cached forever.
    id: '010_content_images',
    up: `
      create table city_app_images (
        id text primary key check (id ~ '^[0-9a-f]{32}$'),
        width int not null check (width > 0),
        height int not null check (height > 0),
        uploaded_by uuid references city_app_users(id) on delete set null,
        created_at timestamptz not null default now()
      );
      create table city_app_image_renditions (
        image_id text not null references city_app_images(id) on delete cascade,
        width int not null check (width > 0),
        height int not null check (height > 0),
        content_type text not null check (content_type in ('image/webp', 'image/jpeg')),
        bytes bytea not null,
        primary key (image_id, width)
      );
    `,
  },
  {
    // What staff read on the data sources screen: each job's title, and its last error in
    // both languages when it was a catalogued one (an OParl server that answers 503).
    id: '011_source_words',
    up: `
      alter table city_app_sources add column title jsonb;
      alter table city_app_sources add column last_error_words jsonb;
    `,
  },
  {
    // An abuse limit's check and count as one call (limits/store.ts): the function's plans are
    // kept per connection, where the same work as one statement was planned anew every time
    // (measured on PGlite: 0.6 against 1.2 ms). For each key not counted before under the
    // token: when its window holds `maxes[i]` events, the seconds until the newest of those
    // leaves it; when no window is full, one event per key. `refused` is the position of the
    // longest wait, `receipt` the events counted.
    id: '012_limit_admission',
    up: `
      create function city_app_limit_admit(
        kinds text[], keys text[], windows int[], maxes int[], token text,
        out refused int, out wait float8, out receipt text[]
      ) language plpgsql as $fn$
      declare
        i int;
        counted boolean;
        nth timestamptz;
        seconds float8;
        to_count int[] := '{}';
        event_id text;
      begin
        receipt := '{}';
        for i in 1 .. coalesce(array_length(kinds, 1), 0) loop
          select coalesce(bool_or(e.token_hash = token), false),
                 (array_agg(e.counted_at order by e.counted_at desc))[maxes[i]]
            into counted, nth
            from city_app_limit_events e
           where e.kind = kinds[i] and e.key_hash = keys[i]
             and e.counted_at > now() - make_interval(secs => windows[i]);
          continue when counted;
          if nth is not null then
            seconds := extract(epoch from (nth + make_interval(secs => windows[i]) - now()));
            if refused is null or seconds > wait then
              refused := i;
              wait := seconds;
            end if;
          end if;
          to_count := to_count || i;
        end loop;
        if refused is not null then
          return;
        end if;
        foreach i in array to_count loop
          insert into city_app_limit_events (kind, key_hash, token_hash, expires_at)
          values (kinds[i], keys[i], token, now() + make_interval(secs => windows[i]))
          returning id::text into event_id;
          receipt := receipt || event_id;
        end loop;
      end
      $fn$;
    `,
  },
];
