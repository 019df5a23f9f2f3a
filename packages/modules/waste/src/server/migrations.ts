import type { Migration } from '@city-app/server';

/**
 * The waste calendar's tables.
 *
 * A location is what a resident chooses: a street (or the part of it between two house
 * numbers, where a street is split between tours) or a whole area such as a village. A tour is
 * one round of one waste type; the authority drives it on the same dates for every location
 * it serves, so moving a tour's date moves it for all of them. Pickups belong to tours.
 */
export const migrations: Migration[] = [
  {
    id: '001_waste_calendar',
    up: `
      CREATE TABLE waste_locations (
        id serial PRIMARY KEY,
        kind text NOT NULL DEFAULT 'street' CHECK (kind IN ('street', 'area')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        -- the name as search compares it (lower case, ß → ss, "str." → "strasse", no spaces)
        search_key text NOT NULL,
        -- the town's area (Ortsteil) the location lies in, if any
        district text CHECK (district IS NULL OR char_length(district) BETWEEN 1 AND 80),
        house_from integer CHECK (house_from IS NULL OR house_from BETWEEN 0 AND 99999),
        house_to integer CHECK (house_to IS NULL OR house_to BETWEEN 0 AND 99999),
        house_parity text NOT NULL DEFAULT 'all' CHECK (house_parity IN ('all', 'odd', 'even')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (house_from IS NULL OR house_to IS NULL OR house_from <= house_to),
        CHECK (kind = 'street' OR (house_from IS NULL AND house_to IS NULL AND house_parity = 'all'))
      );
      -- one location per street, district and house-number range
      CREATE UNIQUE INDEX waste_locations_unique ON waste_locations
        (search_key, coalesce(district, ''), coalesce(house_from, -1), coalesce(house_to, -1), house_parity);
      CREATE INDEX waste_locations_search ON waste_locations (search_key text_pattern_ops);

      CREATE TABLE waste_tours (
        id serial PRIMARY KEY,
        type_id text NOT NULL CHECK (char_length(type_id) BETWEEN 2 AND 40),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX waste_tours_type ON waste_tours (type_id);

      -- Which tour serves a location for a waste type: at most one per type.
      CREATE TABLE waste_location_tours (
        location_id integer NOT NULL REFERENCES waste_locations(id) ON DELETE CASCADE,
        type_id text NOT NULL,
        tour_id integer NOT NULL REFERENCES waste_tours(id) ON DELETE CASCADE,
        PRIMARY KEY (location_id, type_id)
      );
      CREATE INDEX waste_location_tours_tour ON waste_location_tours (tour_id);

      CREATE TABLE waste_pickups (
        id bigserial PRIMARY KEY,
        tour_id integer NOT NULL REFERENCES waste_tours(id) ON DELETE CASCADE,
        date date NOT NULL,
        -- the date first published, when the pickup was moved (a holiday shift, a missed tour)
        planned_date date,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        reason text CHECK (reason IN ('holiday', 'missed', 'weather', 'other')),
        note jsonb,
        -- where it came from: 'seed', 'manual', or 'import:<source>'
        origin text NOT NULL DEFAULT 'manual' CHECK (char_length(origin) BETWEEN 1 AND 80),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tour_id, date)
      );
      CREATE INDEX waste_pickups_date ON waste_pickups (date, tour_id);

      -- What a text in the authority's files means: a waste type, or nothing to import (type_id null).
      CREATE TABLE waste_mappings (
        text_key text PRIMARY KEY CHECK (char_length(text_key) BETWEEN 1 AND 120),
        label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 200),
        type_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- Addresses of calendars imported again on a schedule, with their health.
      CREATE TABLE waste_sources (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        format text NOT NULL CHECK (format IN ('ics', 'csv', 'sva')),
        url text NOT NULL CHECK (char_length(url) BETWEEN 8 AND 2000),
        -- a calendar of one street or area (most authorities publish one file per street)
        location_id integer REFERENCES waste_locations(id) ON DELETE CASCADE,
        active boolean NOT NULL DEFAULT true,
        etag text,
        last_modified text,
        content_hash text,
        last_checked_at timestamptz,
        last_success_at timestamptz,
        last_error text CHECK (last_error IS NULL OR char_length(last_error) <= 500),
        last_summary jsonb,
        failures integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- What an installation asked to be reminded of: one location, per waste type a reminder
      -- the evening before and/or on the morning, as minutes after local midnight.
      CREATE TABLE waste_follows (
        installation_id uuid NOT NULL,
        location_id integer NOT NULL REFERENCES waste_locations(id) ON DELETE CASCADE,
        type_id text NOT NULL,
        evening_minute integer CHECK (evening_minute BETWEEN 0 AND 1439),
        morning_minute integer CHECK (morning_minute BETWEEN 0 AND 1439),
        language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (installation_id, type_id)
      );
      CREATE INDEX waste_follows_location ON waste_follows (location_id, type_id);

      -- Changed dates, written in the same transaction as the change; a job announces each
      -- once to the installations that follow the tour's locations and type.
      CREATE TABLE waste_changes (
        id bigserial PRIMARY KEY,
        tour_id integer NOT NULL REFERENCES waste_tours(id) ON DELETE CASCADE,
        old_date date,
        new_date date,
        reason text CHECK (reason IN ('holiday', 'missed', 'weather', 'other')),
        created_at timestamptz NOT NULL DEFAULT now(),
        announced_at timestamptz,
        CHECK (old_date IS NOT NULL OR new_date IS NOT NULL)
      );
      CREATE INDEX waste_changes_pending ON waste_changes (id) WHERE announced_at IS NULL;

      -- Facts about the calendar as a whole, e.g. whether its dates are still the samples.
      CREATE TABLE waste_state (
        key text PRIMARY KEY,
        value jsonb NOT NULL
      );
    `,
  },
];
