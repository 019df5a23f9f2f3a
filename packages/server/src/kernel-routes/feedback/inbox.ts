import { z } from 'zod';
import type { Queryable } from '../../module.js';

/** One feedback as staff see it in the list. */
export const inboxItem = z.object({
  id: z.string(),
  message: z.string(),
  email: z.string().optional(),
  name: z.string().optional(),
  page: z.string().optional(),
  createdAt: z.string(),
  read: z.boolean(),
  answerCount: z.number(),
  lastAnsweredAt: z.string().optional(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const answerRecord = z.object({
  id: z.string(),
  text: z.string(),
  answeredAt: z.string(),
  answeredBy: z.string().describe('Name of the staff member who answered.'),
});
export type AnswerRecord = z.infer<typeof answerRecord>;

/** One feedback opened: the list's fields and every answer sent, oldest first. */
export const openedFeedback = inboxItem.extend({ answers: z.array(answerRecord) });

interface InboxRow {
  id: string;
  message: string;
  email: string | null;
  name: string | null;
  page: string | null;
  created_at: Date;
  read_at: Date | null;
  answer_count: number;
  last_answered_at: Date | null;
}

const SELECT = `
  select f.id, f.message, f.email, f.name, f.page, f.created_at, f.read_at,
         (select count(*)::int from feedback_answers a where a.feedback_id = f.id) as answer_count,
         (select max(a.answered_at) from feedback_answers a where a.feedback_id = f.id) as last_answered_at
    from feedback f`;

function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    message: row.message,
    ...(row.email ? { email: row.email } : {}),
    ...(row.name ? { name: row.name } : {}),
    ...(row.page ? { page: row.page } : {}),
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
    answerCount: row.answer_count,
    ...(row.last_answered_at ? { lastAnsweredAt: row.last_answered_at.toISOString() } : {}),
  };
}

/** Newest first; `unreadOnly` leaves out what someone has opened. */
export async function listFeedback(
  db: Queryable,
  options: { limit: number; offset: number; unreadOnly: boolean },
): Promise<{ feedback: InboxItem[]; total: number; unread: number }> {
  const where = options.unreadOnly ? 'where f.read_at is null' : '';
  const [{ rows }, counts] = await Promise.all([
    db.query<InboxRow>(`${SELECT} ${where} order by f.created_at desc, f.id limit $1 offset $2`, [
      options.limit,
      options.offset,
    ]),
    db.query<{ total: number; unread: number }>(
      'select count(*)::int as total, (count(*) filter (where read_at is null))::int as unread from feedback',
    ),
  ]);
  const { total = 0, unread = 0 } = counts.rows[0] ?? {};
  return { feedback: rows.map(toItem), total: options.unreadOnly ? unread : total, unread };
}

/** One feedback and its answers; `undefined` when there is none with this id. */
export async function findFeedback(
  db: Queryable,
  id: string,
): Promise<(InboxItem & { answers: AnswerRecord[] }) | undefined> {
  const { rows } = await db.query<InboxRow>(`${SELECT} where f.id = $1`, [id]);
  const row = rows[0];
  if (!row) return undefined;
  const answers = await db.query<{
    id: string;
    text: string;
    answered_at: Date;
    answered_by_name: string;
  }>(
    'select id, text, answered_at, answered_by_name from feedback_answers where feedback_id = $1 order by answered_at, id',
    [id],
  );
  return {
    ...toItem(row),
    answers: answers.rows.map((a) => ({
      id: a.id,
      text: a.text,
      answeredAt: a.answered_at.toISOString(),
      answeredBy: a.answered_by_name,
    })),
  };
}

/** Marks one feedback read (keeping the first time it was) or unread; false when it is gone. */
export async function markRead(db: Queryable, id: string, read: boolean): Promise<boolean> {
  const { rowCount } = await db.query(
    read
      ? 'update feedback set read_at = coalesce(read_at, now()) where id = $1'
      : 'update feedback set read_at = null where id = $1',
    [id],
  );
  return rowCount === 1;
}
