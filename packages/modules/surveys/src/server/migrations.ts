import type { Migration } from '@city-app/server';

/**
 * The surveys module's tables. Never change a migration once it has run somewhere; add the next.
 *
 * Anonymity lives in the shape (docs/modules/surveys.md): `surveys_voters` says who voted as an
 * HMAC under the survey's key in `surveys_keys`; both are deleted when the survey closes.
 * Votes are counters (`surveys_tallies`) and rows of own words (`surveys_free_texts`) with no
 * id, no time and no sequence, rewritten in one transaction and random order at closing.
 */
export const migrations: Migration[] = [
  {
    id: '001_surveys',
    up: `
      CREATE TABLE surveys_surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title jsonb NOT NULL,
        intro jsonb NOT NULL,
        questions jsonb NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        results text NOT NULL CHECK (results IN ('live', 'after-close')),
        binding boolean NOT NULL DEFAULT false,
        comments boolean NOT NULL DEFAULT false,
        ballots integer NOT NULL DEFAULT 0,
        published_at timestamptz,
        announced_at timestamptz,
        closed_at timestamptz,
        idempotency_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at)
      );
      CREATE INDEX surveys_surveys_open ON surveys_surveys (closes_at) WHERE closed_at IS NULL;

      CREATE TABLE surveys_keys (
        survey_id uuid PRIMARY KEY REFERENCES surveys_surveys (id) ON DELETE CASCADE,
        secret bytea NOT NULL
      );

      CREATE TABLE surveys_voters (
        survey_id uuid NOT NULL REFERENCES surveys_surveys (id) ON DELETE CASCADE,
        voter text NOT NULL,
        attempt text,
        PRIMARY KEY (survey_id, voter)
      );

      CREATE TABLE surveys_pending_votes (
        token_hash text PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES surveys_surveys (id) ON DELETE CASCADE,
        voters text[] NOT NULL,
        answers jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX surveys_pending_votes_survey ON surveys_pending_votes (survey_id);

      CREATE TABLE surveys_tallies (
        survey_id uuid NOT NULL REFERENCES surveys_surveys (id) ON DELETE CASCADE,
        question_id text NOT NULL,
        option_id text NOT NULL,
        votes integer NOT NULL,
        PRIMARY KEY (survey_id, question_id, option_id)
      );

      CREATE TABLE surveys_free_texts (
        survey_id uuid NOT NULL REFERENCES surveys_surveys (id) ON DELETE CASCADE,
        question_id text NOT NULL,
        body text NOT NULL
      );
      CREATE INDEX surveys_free_texts_survey ON surveys_free_texts (survey_id, question_id);

      CREATE TABLE surveys_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys_surveys (id) ON DELETE CASCADE,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
        written_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      );
      CREATE INDEX surveys_comments_survey ON surveys_comments (survey_id, status);
    `,
  },
];
