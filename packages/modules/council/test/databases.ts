/** The databases the server tests run on; under CI a missing PostgreSQL fails loudly instead of skipping. */
export const databases = [
  { name: 'PGlite', database: 'pglite' as const, skip: false },
  {
    name: 'PostgreSQL',
    database: 'postgres' as const,
    skip: !process.env.TEST_DATABASE_URL && !process.env.CI,
  },
];
