import type { Migration } from '@city-app/server';

/** The module's own table; its name starts with the module's id. */
export const migrations: Migration[] = [
  {
    id: '001_{{table}}',
    up: `
      CREATE TABLE {{table}} (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 160),
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];
