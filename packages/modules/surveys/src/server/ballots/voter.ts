import { createHmac } from 'node:crypto';
import type { Queryable } from '@city-app/server';

/** The survey's secret, while it is open; none once it closed. */
export async function surveySecret(db: Queryable, surveyId: string): Promise<Buffer | undefined> {
  const { rows } = await db.query<{ secret: Buffer | Uint8Array }>(
    'SELECT secret FROM surveys_keys WHERE survey_id = $1',
    [surveyId],
  );
  return rows[0] ? Buffer.from(rows[0].secret) : undefined;
}

/**
 * Who voted, as the survey's list keeps it: an HMAC under the survey's own secret. Without the
 * secret (deleted at closing) nobody can tell which device or address a mark stood for.
 */
export function voterMark(
  secret: Buffer,
  kind: 'installation' | 'email' | 'address',
  value: string,
): string {
  return createHmac('sha256', secret).update(`${kind}:${value.trim().toLowerCase()}`).digest('hex');
}
