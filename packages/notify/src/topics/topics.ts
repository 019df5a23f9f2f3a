/** Topics: what residents can follow and modules publish to. */
import { cityError } from '@city-app/core';
import type { NotifyDatabase, Queryable } from '../db.js';
import { type TopicInput, topicInput } from '../schemas.js';
import { parse } from '../validate.js';

export interface Topic {
  id: string;
  name: { de: string; en?: string };
  description: { de: string; en?: string };
  field?: string;
  source: string;
}

export interface Topics {
  declare(topics: TopicInput | TopicInput[]): Promise<void>;
  list(): Promise<Topic[]>;
}

export function createTopics(db: NotifyDatabase): Topics {
  return {
    async declare(input) {
      const list = (Array.isArray(input) ? input : [input]).map((t, i) =>
        parse(topicInput, t, Array.isArray(input) ? `topics.${i}` : ''),
      );
      for (const t of list) {
        await db.query(
          `insert into notify_topics (id, name, description, field, source) values ($1, $2, $3, $4, $5)
           on conflict (id) do update set name = excluded.name, description = excluded.description,
             field = excluded.field, source = excluded.source`,
          [t.id, JSON.stringify(t.name), JSON.stringify(t.description), t.field ?? null, t.source],
        );
      }
    },
    async list() {
      const { rows } = await db.query<{
        id: string;
        name: Topic['name'];
        description: Topic['description'];
        field: string | null;
        source: string;
      }>(
        'select id, name, description, field, source from notify_topics order by field nulls last, id',
      );
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        description: r.description,
        ...(r.field ? { field: r.field } : {}),
        source: r.source,
      }));
    },
  };
}

/** Refuses the first of `ids` that is not a declared topic. */
export async function checkTopics(q: Queryable, ids: string[], field: string): Promise<void> {
  if (!ids.length) return;
  const { rows } = await q.query<{ id: string }>(
    'select id from notify_topics where id = any($1::text[])',
    [ids],
  );
  const known = new Set(rows.map((r) => r.id));
  const unknown = ids.find((t) => !known.has(t));
  if (unknown) {
    throw cityError('notify_unknown_topic', { topic: unknown }, { field });
  }
}
