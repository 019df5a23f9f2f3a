import type { Migration } from '@city-app/server';

/**
 * This module's own tables: what a booking core does not know — the booker's contact and
 * private link, courses and their sessions, education providers' quotas, the e-mail queue.
 * The booking core's tables (reservations, seats, waitlist) are not here: the manifest
 * declares `uses: ['booking']` and the kernel sets them up once, before these. Databases where
 * this module ran them itself (`000_booking_*`) keep working: the kernel takes those over.
 */
export const migrations: Migration[] = [
  {
    id: '001_experiment_space',
    up: `
      -- What the catalogue shows beyond the booking core's resource.
      CREATE TABLE experiment_space_resources (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('equipment', 'room')),
        uses jsonb NOT NULL DEFAULT '[]',
        photo jsonb,
        bookable_by text[] NOT NULL,
        position integer NOT NULL DEFAULT 0
      );

      CREATE TABLE experiment_space_courses (
        id text PRIMARY KEY,
        resource_id text NOT NULL UNIQUE,
        title jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}',
        seats integer NOT NULL CHECK (seats >= 1),
        location text,
        remote boolean NOT NULL DEFAULT false,
        provider text,
        position integer NOT NULL DEFAULT 0
      );

      CREATE TABLE experiment_space_sessions (
        course_id text NOT NULL REFERENCES experiment_space_courses (id) ON DELETE CASCADE,
        id text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        room_reservation_id uuid,
        cancelled boolean NOT NULL DEFAULT false,
        PRIMARY KEY (course_id, id)
      );

      -- One row per resident booking or course registration: who, how to reach them, their private
      -- link (it protects only this row's data, which sits beside it). Name and e-mail are erased after the booking (anonymised_at).
      CREATE TABLE experiment_space_bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('resource', 'course')),
        resource_id text NOT NULL,
        course_id text,
        session_id text,
        reservation_id uuid UNIQUE,
        waitlist_id uuid UNIQUE,
        name text NOT NULL,
        email text NOT NULL,
        organisation text,
        person_group text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('de', 'en')),
        note text,
        seats integer NOT NULL DEFAULT 1,
        -- where the booker came from: the links in later e-mails point there
        origin text,
        ends_at timestamptz NOT NULL,
        anonymised_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (reservation_id IS NOT NULL OR waitlist_id IS NOT NULL)
      );
      CREATE INDEX experiment_space_bookings_email ON experiment_space_bookings (email) WHERE anonymised_at IS NULL;
      CREATE INDEX experiment_space_bookings_ends ON experiment_space_bookings (ends_at) WHERE anonymised_at IS NULL;
      CREATE INDEX experiment_space_bookings_org ON experiment_space_bookings (lower(organisation), resource_id);

      CREATE TABLE experiment_space_provider_quotas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation text NOT NULL,
        resource_ids text[] NOT NULL,
        period text NOT NULL CHECK (period IN ('week', 'month')),
        max_hours numeric NOT NULL CHECK (max_hours >= 0)
      );
      CREATE UNIQUE INDEX experiment_space_provider_quotas_org ON experiment_space_provider_quotas (lower(organisation));

      -- The e-mail queue: written before anything is sent, claimed by one worker at a time
      -- (FOR UPDATE SKIP LOCKED and a lease), retried with growing pauses.
      CREATE TABLE experiment_space_mail (
        id bigserial PRIMARY KEY,
        booking_id uuid,
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        ics text,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX experiment_space_mail_due ON experiment_space_mail (next_attempt_at) WHERE status = 'queued';
    `,
  },
  {
    id: '002_experiment_space_push',
    up: `
      -- The booker's anonymous notification installation (@city-app/notify), when they chose
      -- push on this device: its messages go there too. Erased with the name and e-mail.
      ALTER TABLE experiment_space_bookings ADD COLUMN installation_id uuid;
    `,
  },
  {
    id: '003_experiment_space_data_access',
    up: `
      -- Proof that a person reads the mail of an address: a link sent there (only its hash is
      -- kept) that works once, and the access it opens. Both expire after 30 minutes.
      CREATE TABLE experiment_space_data_access (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        proof_hash text NOT NULL UNIQUE,
        proof_expires_at timestamptz NOT NULL,
        proof_used_at timestamptz,
        access_hash text UNIQUE,
        access_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX experiment_space_data_access_email ON experiment_space_data_access (email, created_at);
    `,
  },
  {
    id: '004_experiment_space_course_photo',
    up: `
      -- A course's photo, as a resource has one: its address (a file of the app or an image
      -- staff uploaded to the kernel's store) and its alt text in German and English.
      ALTER TABLE experiment_space_courses ADD COLUMN photo jsonb;
    `,
  },
];
