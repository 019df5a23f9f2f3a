import type { Queryable } from '../../module.js';

/** Deletes stored mail copies that name an address (the kernel mail's `forgetRecipient`). */
export type ForgetRecipient = (address: string) => Promise<number>;

/**
 * Deletes feedback — one by id, or all received before a time — with its answers, and then
 * the mail copies of each address it named that no kept feedback names any more (the copies
 * of an answer to newer feedback from the same person stay with that feedback). Resolves to
 * how many were deleted.
 */
export async function deleteFeedback(
  db: Queryable,
  forgetRecipient: ForgetRecipient,
  which: { id: string } | { receivedBefore: Date },
): Promise<number> {
  const { rows } =
    'id' in which
      ? await db.query<{ email: string | null }>(
          'delete from feedback where id = $1 returning email',
          [which.id],
        )
      : await db.query<{ email: string | null }>(
          'delete from feedback where created_at < $1::timestamptz returning email',
          [which.receivedBefore.toISOString()],
        );
  const addresses = new Set(rows.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])));
  for (const address of addresses) {
    const kept = await db.query('select 1 from feedback where lower(email) = $1 limit 1', [
      address,
    ]);
    if (kept.rowCount === 0) await forgetRecipient(address);
  }
  return rows.length;
}
