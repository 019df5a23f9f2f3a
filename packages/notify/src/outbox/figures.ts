/** The editors' figures of a topic message: its recipients and its deliveries by state. */
import type { Queryable } from '../db.js';
import type { LocalizedText } from '../schemas.js';

export interface DispatchFigures {
  id: string;
  topic: string;
  area: string | null;
  title: LocalizedText;
  state: 'pending' | 'fanned_out';
  sendAt: string;
  recipients: number | null;
  deliveries: { pending: number; sending: number; sent: number; failed: number; gone: number };
}

export interface Dispatches {
  get(id: string): Promise<DispatchFigures | undefined>;
  list(limit?: number): Promise<DispatchFigures[]>;
}

export function createDispatches(db: Queryable): Dispatches {
  return {
    async get(id) {
      if (!/^\d{1,18}$/.test(id)) return undefined;
      return (await figures(db, "where d.id = $1 and d.kind = 'topic'", [id]))[0];
    },
    list: (limit = 50) =>
      figures(db, "where d.kind = 'topic' order by d.id desc limit $1", [limit]),
  };
}

async function figures(
  db: Queryable,
  where: string,
  params: unknown[],
): Promise<DispatchFigures[]> {
  const { rows } = await db.query<{
    id: string;
    topic: string;
    area: string | null;
    title: LocalizedText;
    state: 'pending' | 'fanned_out';
    send_at: Date | string;
    recipients: number | null;
    counts: Record<string, number> | null;
  }>(
    `select d.id::text as id, d.topic, d.area, d.title, d.state, d.send_at, d.recipients,
            (select jsonb_object_agg(state, n) from (
               select state, sum(n)::int as n from (
                 select state, count(*) as n from notify_delivery_singles where dispatch_id = d.id group by state
                 union all
                 select state, sum(cardinality(subscription_ids)) from notify_delivery_batches
                  where dispatch_id = d.id group by state) x
                group by state) c) as counts
       from notify_dispatches d ${where}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    area: r.area,
    title: r.title,
    state: r.state,
    sendAt: new Date(r.send_at).toISOString(),
    recipients: r.recipients,
    deliveries: { pending: 0, sending: 0, sent: 0, failed: 0, gone: 0, ...(r.counts ?? {}) },
  }));
}
