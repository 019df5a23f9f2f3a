/**
 * When a recipient's delivery is due — now, or the end of its installation's quiet hours —
 * as the same SQL in every fan-out statement. Quiet hours are wall-clock times in the town's
 * zone; converting the local end time back with AT TIME ZONE keeps them right across
 * daylight-saving changes.
 */

/**
 * Lateral joins that give `q.due` for the installation `i`, to follow the statement's
 * `from … join notify_installations i …`. `at` (timestamptz) and `zone` (the town's time
 * zone) are parameter references such as `$2`.
 */
export function dueAfterQuietHours(at: string, zone: string): string {
  return `cross join lateral (select (${at}::timestamptz at time zone ${zone}) as lt) l
           cross join lateral (select extract(hour from l.lt)::int * 60 + extract(minute from l.lt)::int as lm) m
           cross join lateral (select case
               when i.quiet_start is null then ${at}::timestamptz
               when i.quiet_start < i.quiet_end and m.lm >= i.quiet_start and m.lm < i.quiet_end
                 then (l.lt::date + make_interval(mins => i.quiet_end)) at time zone ${zone}
               when i.quiet_start > i.quiet_end and m.lm >= i.quiet_start
                 then (l.lt::date + 1 + make_interval(mins => i.quiet_end)) at time zone ${zone}
               when i.quiet_start > i.quiet_end and m.lm < i.quiet_end
                 then (l.lt::date + make_interval(mins => i.quiet_end)) at time zone ${zone}
               else ${at}::timestamptz end as due) q`;
}
