import type { ModuleServerContext, Queryable } from '@city-app/server';
import { type FollowedWords, WORD_RULES } from '../../api/words.js';
import type { CouncilConfig } from '../../config.js';
import { followError } from '../../errors/follows.js';
import { checkInstallation } from '../follows/store.js';
import { tidyWord } from './fold.js';

/** A device follows a handful of words; a stranger cannot fill the table through one id. */
export const MAX_WORDS_PER_INSTALLATION = WORD_RULES.perDevice;

/** The word as kept, or a 400 naming the field and the rule. */
function checkedWord(raw: string): { word: string; folded: string } {
  const tidy = tidyWord(raw);
  if (!tidy)
    throw followError(
      'council_word_invalid',
      { min: WORD_RULES.min, max: WORD_RULES.max },
      { field: 'word' },
    );
  return tidy;
}

/** The words a device follows, alphabetically; the installation id is the proof. */
export async function followedWords(db: Queryable, installationId: string): Promise<FollowedWords> {
  const { rows } = await db.query<{ word: string }>(
    `SELECT word FROM council_word_follows WHERE installation_id = $1 ORDER BY folded`,
    [installationId],
  );
  return { items: rows, limit: MAX_WORDS_PER_INSTALLATION };
}

/**
 * The device hears of new meetings and agenda items the word is found in. Following a word
 * it follows already (in any spelling that folds alike) keeps the newer spelling.
 */
export async function followWord(
  ctx: ModuleServerContext<CouncilConfig>,
  raw: string,
  installationId: string,
): Promise<FollowedWords> {
  const { word, folded } = checkedWord(raw);
  await checkInstallation(ctx, installationId);
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ others: number }>(
      `SELECT count(*)::int AS others FROM council_word_follows
        WHERE installation_id = $1 AND folded <> $2`,
      [installationId, folded],
    );
    if ((rows[0]?.others ?? 0) >= MAX_WORDS_PER_INSTALLATION) {
      throw followError(
        'council_too_many_words',
        { limit: MAX_WORDS_PER_INSTALLATION },
        { field: 'installationId' },
      );
    }
    await tx.query(
      `INSERT INTO council_word_follows (installation_id, folded, word) VALUES ($1, $2, $3)
       ON CONFLICT (installation_id, folded) DO UPDATE SET word = excluded.word`,
      [installationId, folded, word],
    );
    return followedWords(tx, installationId);
  });
}

export async function unfollowWord(
  db: Queryable,
  raw: string,
  installationId: string,
): Promise<FollowedWords> {
  const { folded } = checkedWord(raw);
  await db.query('DELETE FROM council_word_follows WHERE installation_id = $1 AND folded = $2', [
    installationId,
    folded,
  ]);
  return followedWords(db, installationId);
}
