import type { Migration } from '@city-app/server';

/**
 * The events module's tables. An event keeps its rule (RFC 5545 RRULE) and its exceptions;
 * `events_occurrences` holds each date of the coming months, written whenever an event or
 * an exception changes, so a resident's list is one indexed range query, not an expansion of
 * every rule on every request.
 */
export const migrations: Migration[] = [
  {
    id: '001_events',
    up: `
      CREATE TABLE events_venues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        street text CHECK (char_length(street) <= 120),
        postcode text CHECK (postcode ~ '^[0-9]{5}$'),
        locality text CHECK (char_length(locality) <= 80),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        step_free boolean NOT NULL DEFAULT false,
        accessible_toilet boolean NOT NULL DEFAULT false,
        hearing_loop boolean NOT NULL DEFAULT false,
        accessibility_note text CHECK (char_length(accessibility_note) <= 500),
        sample boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX events_venues_name ON events_venues (lower(name));

      CREATE TABLE events_organisers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        email text CHECK (char_length(email) <= 254),
        website text CHECK (char_length(website) <= 2000),
        trusted boolean NOT NULL DEFAULT false,
        sample boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX events_organisers_email ON events_organisers (lower(email));

      CREATE TABLE events_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 160),
        title_en text CHECK (char_length(title_en) BETWEEN 2 AND 160),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 8000),
        description_en text CHECK (char_length(description_en) <= 8000),
        category text NOT NULL,
        venue_id uuid REFERENCES events_venues (id) ON DELETE RESTRICT,
        place text CHECK (char_length(place) <= 200),
        organiser_id uuid REFERENCES events_organisers (id) ON DELETE SET NULL,
        organiser_name text CHECK (char_length(organiser_name) <= 120),
        price text CHECK (char_length(price) <= 120),
        is_free boolean NOT NULL DEFAULT false,
        link text CHECK (char_length(link) <= 2000),
        image_url text CHECK (char_length(image_url) <= 2000),
        image_alt text CHECK (char_length(image_alt) <= 300),
        starts_on date NOT NULL,
        start_minute smallint CHECK (start_minute BETWEEN 0 AND 1439),
        ends_after_days smallint NOT NULL DEFAULT 0 CHECK (ends_after_days BETWEEN 0 AND 60),
        end_minute smallint CHECK (end_minute BETWEEN 0 AND 1440),
        rrule text CHECK (char_length(rrule) <= 500),
        status text NOT NULL DEFAULT 'published'
          CHECK (status IN ('unconfirmed', 'pending', 'published', 'rejected')),
        rejection_reason text CHECK (char_length(rejection_reason) <= 1000),
        cancelled boolean NOT NULL DEFAULT false,
        source_id text,
        source_uid text,
        sample boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        -- An all-day event has neither time; an end time needs a start time.
        CHECK (end_minute IS NULL OR start_minute IS NOT NULL),
        UNIQUE (source_id, source_uid)
      );
      CREATE INDEX events_events_status ON events_events (status, category);
      -- How far back a list must look for a date still running: max() by the index.
      CREATE INDEX events_events_duration ON events_events (status, ends_after_days);

      -- One date of a series taken out or moved; the date is the one the rule gives.
      CREATE TABLE events_exceptions (
        event_id uuid NOT NULL REFERENCES events_events (id) ON DELETE CASCADE,
        original_date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('cancelled', 'moved')),
        moved_to date,
        moved_start_minute smallint CHECK (moved_start_minute BETWEEN 0 AND 1439),
        moved_end_minute smallint CHECK (moved_end_minute BETWEEN 0 AND 1440),
        note text CHECK (char_length(note) <= 300),
        PRIMARY KEY (event_id, original_date),
        CHECK ((kind = 'moved') = (moved_to IS NOT NULL))
      );

      CREATE TABLE events_occurrences (
        event_id uuid NOT NULL REFERENCES events_events (id) ON DELETE CASCADE,
        original_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        all_day boolean NOT NULL,
        local_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'cancelled', 'moved')),
        PRIMARY KEY (event_id, original_date)
      );
      CREATE INDEX events_occurrences_start ON events_occurrences (starts_at, event_id);
    `,
  },
  {
    // iCalendar feeds staff subscribe to, with their health; an imported event keeps the
    // fingerprint of what the feed said, so a second import of the same file writes nothing.
    id: '002_events_sources',
    up: `
      CREATE TABLE events_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        url text NOT NULL CHECK (char_length(url) <= 2000),
        default_category text,
        category_map jsonb NOT NULL DEFAULT '{}'::jsonb,
        active boolean NOT NULL DEFAULT true,
        etag text CHECK (char_length(etag) <= 500),
        last_modified text CHECK (char_length(last_modified) <= 100),
        content_hash text,
        last_checked_at timestamptz,
        last_success_at timestamptz,
        last_error text CHECK (char_length(last_error) <= 500),
        last_summary jsonb,
        failures integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX events_sources_url ON events_sources (url);
      ALTER TABLE events_events ADD COLUMN source_hash text;
    `,
  },
  {
    id: '003_events_follows',
    up: `
      -- A device's followed categories; news of new events once a day.
      CREATE TABLE events_follows (
        installation_id uuid PRIMARY KEY,
        categories text[] NOT NULL CHECK (cardinality(categories) BETWEEN 1 AND 30),
        days_before smallint NOT NULL CHECK (days_before BETWEEN 1 AND 30),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- Which events a follower was told of, so each is told once.
      CREATE TABLE events_follow_announced (
        installation_id uuid NOT NULL REFERENCES events_follows (installation_id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events_events (id) ON DELETE CASCADE,
        announced_on date NOT NULL,
        PRIMARY KEY (installation_id, event_id)
      );
      -- A date a device asked to be reminded of ("Meine Termine").
      CREATE TABLE events_reminders (
        installation_id uuid NOT NULL,
        event_id uuid NOT NULL,
        original_date date NOT NULL,
        lead_minutes smallint NOT NULL CHECK (lead_minutes BETWEEN 15 AND 2880),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (installation_id, event_id, original_date),
        FOREIGN KEY (event_id, original_date)
          REFERENCES events_occurrences (event_id, original_date) ON DELETE CASCADE
      );
      CREATE INDEX events_reminders_due ON events_reminders (event_id, original_date) WHERE sent_at IS NULL;
    `,
  },
  {
    // Events organisers hand in without an account: confirmed by a link mailed to them (only
    // the token's hash is kept), then checked by staff unless the organiser is trusted.
    id: '004_events_submissions',
    up: `
      ALTER TABLE events_organisers
        ADD COLUMN consented_at timestamptz,
        ADD COLUMN last_submitted_at timestamptz;
      CREATE TABLE events_submissions (
        event_id uuid PRIMARY KEY REFERENCES events_events (id) ON DELETE CASCADE,
        organiser_id uuid NOT NULL REFERENCES events_organisers (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE CHECK (char_length(token_hash) = 64),
        expires_at timestamptz NOT NULL,
        confirmed_at timestamptz,
        decided_at timestamptz,
        submitted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX events_submissions_organiser ON events_submissions (organiser_id);
      CREATE INDEX events_submissions_open ON events_submissions (submitted_at)
        WHERE decided_at IS NULL;
    `,
  },
  {
    // A source may be another module of the app (the library's courses) instead of a calendar
    // address: its public dates are mirrored like a feed's, by their stable ids.
    id: '005_events_app_sources',
    up: `
      ALTER TABLE events_sources
        ADD COLUMN module text CHECK (module ~ '^[a-z][a-z0-9-]{1,39}$'),
        ALTER COLUMN url DROP NOT NULL,
        ADD CONSTRAINT events_sources_kind CHECK ((url IS NULL) <> (module IS NULL));
      CREATE UNIQUE INDEX events_sources_module ON events_sources (module);
    `,
  },
  {
    // The person a club's submission comes from, whom the town's mail greets; never shown.
    id: '006_events_organiser_contact',
    up: `
      ALTER TABLE events_organisers
        ADD COLUMN contact text CHECK (char_length(contact) BETWEEN 2 AND 120);
    `,
  },
  {
    // A reminder remembers the start it announced: when staff move the date, the start
    // differs, and the resident is reminded again, once, before the new one.
    id: '007_events_reminder_sent_for',
    up: `
      ALTER TABLE events_reminders ADD COLUMN sent_for timestamptz;
      UPDATE events_reminders r SET sent_for = o.starts_at
        FROM events_occurrences o
       WHERE o.event_id = r.event_id AND o.original_date = r.original_date
         AND r.sent_at IS NOT NULL;
      DROP INDEX events_reminders_due;
      CREATE INDEX events_reminders_date ON events_reminders (event_id, original_date);
    `,
  },
  {
    // A counter that every write to what residents' lists show moves on, in the writer's own
    // transaction, whichever process or job writes: a server keeps a list it built until the
    // counter moves (see dates/changes.ts).
    id: '008_events_changes',
    up: `
      CREATE TABLE events_changes (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        version bigint NOT NULL
      );
      INSERT INTO events_changes (version) VALUES (1);
      CREATE FUNCTION events_changes_count() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE events_changes SET version = version + 1;
        RETURN NULL;
      END $$;
      -- Before each statement: a writer locks the counter before the rows it writes, so
      -- writers meet in one order and wait instead of deadlocking.
      CREATE TRIGGER events_changes_events
        BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON events_events
        FOR EACH STATEMENT EXECUTE FUNCTION events_changes_count();
      CREATE TRIGGER events_changes_occurrences
        BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON events_occurrences
        FOR EACH STATEMENT EXECUTE FUNCTION events_changes_count();
      CREATE TRIGGER events_changes_venues
        BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON events_venues
        FOR EACH STATEMENT EXECUTE FUNCTION events_changes_count();
    `,
  },
];
