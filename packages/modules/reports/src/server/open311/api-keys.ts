import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '@city-app/server';
import type { ApiKey, NewApiKey } from '../../api/open311-keys.js';
import { open311Error } from '../../errors/open311.js';
import { iso } from '../reports/row.js';

/**
 * A key has 256 random bits, so a fast hash (SHA-256) suffices at rest: no dictionary of
 * guesses reaches it, and each Open311 request can check it cheaply.
 */
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

interface KeyRow {
  id: string;
  name: string;
  hint: string;
  created_by: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const toApiKey = (row: KeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  hint: row.hint,
  createdBy: row.created_by,
  createdAt: iso(row.created_at),
  lastUsedAt: row.last_used_at === null ? null : iso(row.last_used_at),
  revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
});

/** A new key for `name`; the key itself is in the answer only, never stored. */
export async function createApiKey(
  db: Queryable,
  name: string,
  staffName: string,
): Promise<NewApiKey> {
  const key = `o311_${randomBytes(32).toString('base64url')}`;
  const { rows } = await db.query<KeyRow>(
    `INSERT INTO reports_api_keys (name, key_hash, hint, created_by) VALUES ($1, $2, $3, $4)
     RETURNING *`,
    [name, hashKey(key), key.slice(0, 9), staffName],
  );
  return { ...toApiKey(rows[0] as KeyRow), key };
}

/** Every key, the usable ones first, newest first. */
export async function listApiKeys(db: Queryable): Promise<ApiKey[]> {
  const { rows } = await db.query<KeyRow>(
    'SELECT * FROM reports_api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC',
  );
  return rows.map(toApiKey);
}

/** Revokes a key for good; revoking it again changes nothing. */
export async function revokeApiKey(db: Queryable, id: string): Promise<ApiKey> {
  const { rows } = await db.query<KeyRow>(
    `UPDATE reports_api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1
     RETURNING *`,
    [id],
  );
  if (!rows[0]) throw open311Error('open311_api_key_not_found', {}, { field: 'id' });
  return toApiKey(rows[0]);
}

/** The usable key's id, noting its use; a missing, unknown or revoked key is refused (403). */
export async function checkApiKey(db: Queryable, key: string | undefined): Promise<string> {
  if (key && key.length <= 200) {
    const { rows } = await db.query<{ id: string }>(
      `UPDATE reports_api_keys SET last_used_at = now()
        WHERE key_hash = $1 AND revoked_at IS NULL RETURNING id`,
      [hashKey(key)],
    );
    if (rows[0]) return rows[0].id;
  }
  throw open311Error('open311_api_key_invalid', {}, { field: 'api_key' });
}
