import type { Migration } from '@city-app/server';

/**
 * The council module's tables. Every OParl object is one row, found by the columns residents'
 * lists need (type, start, parent, words) and kept whole as JSON, so a newer OParl field
 * needs no migration. An object the server reports as deleted stays, marked, as OParl keeps it.
 */
export const migrations: Migration[] = [
  {
    id: '001_council',
    up: `
      CREATE TABLE council_objects (
        id text PRIMARY KEY CHECK (char_length(id) <= 2000),
        -- The id is a long address; pages and the API name an object by this short hash of it.
        key text NOT NULL UNIQUE CHECK (key ~ '^[A-Za-z0-9_-]{16}$'),
        type text NOT NULL CHECK (type IN ('System', 'Body', 'LegislativeTerm', 'Organization',
          'Person', 'Membership', 'Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File', 'Location')),
        system text NOT NULL,
        body text,
        parent text,
        name text CHECK (char_length(name) <= 500),
        starts_at timestamptz,
        ends_at timestamptz,
        day date,
        organizations text[] NOT NULL DEFAULT '{}',
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        words text NOT NULL DEFAULT '' CHECK (char_length(words) <= 2000),
        modified timestamptz,
        deleted boolean NOT NULL DEFAULT false,
        data jsonb NOT NULL,
        hash text NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX council_objects_meetings ON council_objects (starts_at)
        WHERE type = 'Meeting' AND NOT deleted;
      CREATE INDEX council_objects_parent ON council_objects (parent, type);
      CREATE INDEX council_objects_type ON council_objects (type, system);
      -- The papers on a meeting's agenda, through their consultations.
      CREATE INDEX council_objects_consulted ON council_objects ((data->>'meeting'))
        WHERE type = 'Consultation';

      -- Where each sync stands: per list, the server time from which the next run asks only
      -- for changes (modified_since); the last run's outcome for staff and the doctor.
      CREATE TABLE council_sync (
        system text PRIMARY KEY CHECK (char_length(system) <= 2000),
        oparl_version text,
        lists jsonb NOT NULL DEFAULT '{}'::jsonb,
        started_at timestamptz,
        finished_at timestamptz,
        last_success_at timestamptz,
        last_error text CHECK (char_length(last_error) <= 500),
        last_requests integer,
        last_full_at timestamptz
      );
    `,
  },
  {
    id: '002_council_followers',
    up: `
      -- A device follows a committee (an Organization): it hears of the committee's new
      -- meetings and agendas, and sees its meetings in "Meine Termine". No account, only the
      -- installation notify gave the device.
      CREATE TABLE council_followers (
        organization text NOT NULL REFERENCES council_objects (id) ON DELETE CASCADE,
        installation_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (installation_id, organization)
      );
      CREATE INDEX council_followers_organization ON council_followers (organization);
      -- A device's committees' meetings, for "Meine Termine".
      CREATE INDEX council_objects_organizations ON council_objects USING gin (organizations)
        WHERE type = 'Meeting' AND NOT deleted;
    `,
  },
  {
    id: '003_council_word_follows',
    up: `
      -- A device follows a topic word: it hears of new meetings and agenda items the word is
      -- found in. folded is the word as it is matched (lower case, umlauts spelt out, one
      -- space between words); word as the resident typed it, to show it back.
      CREATE TABLE council_word_follows (
        installation_id uuid NOT NULL,
        folded text NOT NULL CHECK (char_length(folded) BETWEEN 3 AND 120),
        word text NOT NULL CHECK (char_length(word) BETWEEN 1 AND 40),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (installation_id, folded)
      );
      CREATE INDEX council_word_follows_folded ON council_word_follows (folded);
    `,
  },
];
