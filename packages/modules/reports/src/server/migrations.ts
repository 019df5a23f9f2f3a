import type { Migration } from '@city-app/server';
import { loneReportMigration } from './map/lone-report-migration.js';

const statuses = `'new', 'confirmed', 'in_progress', 'fixed', 'closed'`;
const reasons = `'duplicate', 'not_responsible', 'not_found', 'no_action_needed', 'other'`;

/**
 * The reports module's tables. Contact data (e-mail, installation id) lives on the report but
 * no public query selects it; `public_description` is what residents read, `description` what
 * the resident wrote.
 *
 * Photos are kept as bytea in the database, not as files: the report and its photo commit in
 * one transaction (never a report whose photo is missing, never an orphaned file), one backup
 * holds both, and several server processes on one PostgreSQL need no shared folder. After
 * re-encoding a photo is a few hundred kilobytes, which PostgreSQL stores out of line (TOAST)
 * without slowing the report queries, which never select it.
 */
/** How 004 filled the cells when it made them (applied migrations never change). */
const FIRST_FILL = `
  INSERT INTO reports_map_cells
  SELECT z, cx, cy, s, k, count(*), sum(lat), sum(lon)
    FROM (
      SELECT z, s, k, r.lat, r.lon,
             floor((r.lon + 180) / 360 * (256 * 2 ^ z / 60)) AS cx,
             floor((1 - ln(tan(pi() / 4 + radians(r.lat) / 2)) / pi()) / 2 * (256 * 2 ^ z / 60)) AS cy
        FROM reports r, generate_series(8, 15) AS z,
             unnest(ARRAY[r.status, '*']) AS s, unnest(ARRAY[r.category, '*']) AS k
       WHERE r.moderation = 'public' AND r.merged_into IS NULL AND r.lat IS NOT NULL
    ) placed
   GROUP BY z, cx, cy, s, k;
`;

export const migrations: Migration[] = [
  {
    id: '001_reports',
    up: `
      CREATE TABLE reports_counters (
        year int PRIMARY KEY,
        last int NOT NULL
      );
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[0-9]{4}-[0-9]{5,6}$'),
        category text NOT NULL,
        department text NOT NULL,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        address text CHECK (char_length(address) <= 200),
        description text CHECK (char_length(description) <= 2000),
        public_description text CHECK (char_length(public_description) <= 2000),
        status text NOT NULL DEFAULT 'new' CHECK (status IN (${statuses})),
        closing_reason text CHECK (closing_reason IN (${reasons})),
        moderation text NOT NULL DEFAULT 'pending'
          CHECK (moderation IN ('pending', 'public', 'hidden')),
        assignee_id text,
        assignee_name text,
        reporter_email text CHECK (char_length(reporter_email) <= 254),
        reporter_installation uuid,
        language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        merged_into uuid REFERENCES reports (id),
        -- A hash of the Idempotency-Key the report was sent with: a retry finds it.
        idempotency_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        fixed_at timestamptz,
        done_at timestamptz,
        CHECK ((status = 'closed') = (closing_reason IS NOT NULL)),
        CHECK ((lat IS NULL) = (lon IS NULL)),
        CHECK (lat IS NOT NULL OR address IS NOT NULL),
        CHECK ((assignee_id IS NULL) = (assignee_name IS NULL))
      );
      -- Bounding boxes (the public map) and "nearby" use this index on the point.
      CREATE INDEX reports_location ON reports USING gist (point(lon, lat)) WHERE lat IS NOT NULL;
      CREATE INDEX reports_inbox ON reports (department, status, created_at DESC);
      CREATE INDEX reports_public ON reports (created_at DESC) WHERE moderation = 'public';

      CREATE TABLE reports_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN (${statuses})),
        closing_reason text CHECK (closing_reason IN (${reasons})),
        public_note text CHECK (char_length(public_note) <= 2000),
        internal_note text CHECK (char_length(internal_note) <= 2000),
        staff_name text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX reports_history_report ON reports_history (report_id, created_at);

      CREATE TABLE reports_photos (
        report_id uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        content_type text NOT NULL,
        bytes bytea NOT NULL,
        width int NOT NULL,
        height int NOT NULL,
        public boolean NOT NULL DEFAULT false
      );

      CREATE TABLE reports_followers (
        report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        installation_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, installation_id)
      );
      CREATE INDEX reports_followers_installation ON reports_followers (installation_id);

      CREATE TABLE reports_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 80),
        text text NOT NULL CHECK (char_length(text) BETWEEN 2 AND 2000),
        status text CHECK (status IN (${statuses})),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '002_open311_keys',
    up: `
      -- Keys of Open311 clients that may create reports (a county tool, another app). Only a
      -- hash is kept: a key is shown once, when staff create it, and cannot be read back.
      CREATE TABLE reports_api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 80),
        key_hash text NOT NULL UNIQUE,
        -- The key's first characters, so staff can tell keys apart.
        hint text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
    `,
  },
  {
    id: '003_reports_forwards',
    up: `
      -- Reports handed to an outside Open311 server (the county's road authority): one row a
      -- report, queued in the confirming transaction, sent and followed by the forwarding job.
      CREATE TABLE reports_forwards (
        report_id uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        target text NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_try_at timestamptz NOT NULL DEFAULT now(),
        last_error text CHECK (char_length(last_error) <= 500),
        -- The other server's id, or its token until the id is known.
        remote_id text CHECK (char_length(remote_id) <= 100),
        token text CHECK (char_length(token) <= 100),
        remote_status text,
        remote_notes text CHECK (char_length(remote_notes) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        checked_at timestamptz
      );
      CREATE INDEX reports_forwards_due ON reports_forwards (next_try_at) WHERE state = 'queued';
      CREATE INDEX reports_forwards_sent ON reports_forwards (target) WHERE state = 'sent';
    `,
  },
  {
    id: '004_map_cells',
    up: `
      -- The public map's cells at the zoom levels where one screen holds most of the town
      -- (8 to 15, cells of 60 screen pixels on the Web-Mercator grid), kept by a trigger, so
      -- the map reads a few hundred cells there instead of grouping every report on each
      -- request. Per status and category, and also with either or both as '*' (all), so a map
      -- with or without filters reads one row per cell. Closer in, the map groups the reports
      -- of the box as they are.
      CREATE TABLE reports_map_cells (
        zoom smallint NOT NULL,
        cx int NOT NULL,
        cy int NOT NULL,
        status text NOT NULL,
        category text NOT NULL,
        count int NOT NULL,
        sum_lat double precision NOT NULL,
        sum_lon double precision NOT NULL,
        PRIMARY KEY (zoom, cx, cy, status, category)
      );

      CREATE FUNCTION reports_map_cell_change(r reports, sign int) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        z int;
        scale double precision;
        x int;
        y int;
        s text;
        k text;
      BEGIN
        IF r.moderation <> 'public' OR r.merged_into IS NOT NULL OR r.lat IS NULL THEN
          RETURN;
        END IF;
        FOR z IN 8..15 LOOP
          scale := 256 * 2 ^ z / 60;
          x := floor((r.lon + 180) / 360 * scale);
          y := floor((1 - ln(tan(pi() / 4 + radians(r.lat) / 2)) / pi()) / 2 * scale);
          FOREACH s IN ARRAY ARRAY[r.status, '*'] LOOP
            FOREACH k IN ARRAY ARRAY[r.category, '*'] LOOP
              INSERT INTO reports_map_cells AS c
              VALUES (z, x, y, s, k, sign, sign * r.lat, sign * r.lon)
              ON CONFLICT (zoom, cx, cy, status, category) DO UPDATE
                SET count = c.count + EXCLUDED.count,
                    sum_lat = c.sum_lat + EXCLUDED.sum_lat,
                    sum_lon = c.sum_lon + EXCLUDED.sum_lon;
              IF sign < 0 THEN
                DELETE FROM reports_map_cells
                 WHERE zoom = z AND cx = x AND cy = y AND status = s AND category = k
                   AND count = 0;
              END IF;
            END LOOP;
          END LOOP;
        END LOOP;
      END $$;

      CREATE FUNCTION reports_map_cells_follow() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM reports_map_cell_change(OLD, -1); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM reports_map_cell_change(NEW, 1); END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER reports_map_cells
        AFTER INSERT OR DELETE OR UPDATE OF lat, lon, status, category, moderation, merged_into
        ON reports FOR EACH ROW EXECUTE FUNCTION reports_map_cells_follow();

      ${FIRST_FILL}
    `,
  },
  loneReportMigration,
];
