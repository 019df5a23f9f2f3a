// The benchmark's town: 800 streets, four waste types on 40 tours, a year of pickups, and
// 10,000 installations with a push subscription each that follow their street's types.
// Everything is generated in SQL, so the setup takes seconds.

export const TYPES = ['restabfall', 'bioabfall', 'papier', 'gelbe-tonne'];
/** Per type: tours on each weekday (Mon–Fri), in weeks of both parities. */
const TOURS_PER_TYPE = 10;

export async function buildTown(db, { streets, installations, year, origin, keys }) {
  await db.query(
    `INSERT INTO waste_locations (name, search_key)
     SELECT 'Straße ' || g, 'strasse' || g FROM generate_series(1, $1::int) g`,
    [streets],
  );
  // Tour t of a type drives on weekday (t % 5) + 1 every other week (by the parity of
  // floor(t / 5)); paper every fourth week.
  await db.query(
    `INSERT INTO waste_tours (type_id, name)
     SELECT ty, ty || ' ' || t FROM unnest($1::text[]) ty, generate_series(0, $2::int - 1) t
      ORDER BY ty, t`,
    [TYPES, TOURS_PER_TYPE],
  );
  await db.query(
    `INSERT INTO waste_location_tours (location_id, type_id, tour_id)
     SELECT l.id, t.type_id, t.id
       FROM waste_locations l
       JOIN waste_tours t ON split_part(t.name, ' ', 2)::int = l.id % $1`,
    [TOURS_PER_TYPE],
  );
  await db.query(
    `INSERT INTO waste_pickups (tour_id, date, origin)
     SELECT t.id, d::date, 'seed'
       FROM waste_tours t
       CROSS JOIN LATERAL (SELECT split_part(t.name, ' ', 2)::int AS n) k
       JOIN generate_series(make_date($1, 1, 1), make_date($1, 12, 31), interval '1 day') d
         ON extract(isodow FROM d) = k.n % 5 + 1
        AND CASE WHEN t.type_id = 'papier' THEN extract(week FROM d)::int % 4 = 2 * (k.n / 5)
                 ELSE extract(week FROM d)::int % 2 = k.n / 5 END`,
    [year],
  );
  await db.query(
    `INSERT INTO notify_installations (id, language, topics)
     SELECT md5('bench' || g)::uuid, CASE WHEN g % 5 = 0 THEN 'en' ELSE 'de' END, '{bench}'
       FROM generate_series(1, $1::int) g`,
    [installations],
  );
  await db.query(
    `INSERT INTO notify_subscriptions (installation_id, endpoint, p256dh, auth)
     SELECT md5('bench' || g)::uuid, $2 || '/push/' || g, $3, $4 FROM generate_series(1, $1::int) g`,
    [installations, origin, keys.p256dh, keys.auth],
  );
  // Each follows its street's four types; nine in ten at 18:00 the evening before, the
  // others at 19:30, and one in four also on the morning at 06:00.
  await db.query(
    `INSERT INTO waste_follows (installation_id, location_id, type_id, evening_minute, morning_minute, language)
     SELECT md5('bench' || g)::uuid, (g % $2) + 1, ty,
            CASE WHEN g % 10 = 0 THEN 19 * 60 + 30 ELSE 18 * 60 END,
            CASE WHEN g % 4 = 0 THEN 6 * 60 END,
            CASE WHEN g % 5 = 0 THEN 'en' ELSE 'de' END
       FROM generate_series(1, $1::int) g, unnest($3::text[]) ty`,
    [installations, streets, TYPES],
  );
  // As after any bulk load (PGlite has no autovacuum to do it): statistics for the planner.
  await db.query('ANALYZE');
  const { rows } = await db.query('SELECT count(*)::int AS n FROM waste_pickups');
  return { pickups: rows[0].n };
}

/**
 * The baseline: a loop over installations. For each, one query for its follows and their
 * pickups due in the window, and one `notify.send` for what is due.
 */
export async function loopOverInstallations(db, notify, { dueAt, timezone }) {
  const from = new Date(dueAt.getTime() - 5 * 60_000).toISOString();
  const to = dueAt.toISOString();
  let reminders = 0;
  let messages = 0;
  await db.transaction(async (tx) => {
    const { rows: installations } = await tx.query(
      'SELECT DISTINCT installation_id::text AS id FROM waste_follows ORDER BY 1',
    );
    for (const { id } of installations) {
      const { rows: due } = await tx.query(
        `SELECT f.type_id, l.name, to_char(p.date, 'YYYY-MM-DD') AS date
           FROM waste_follows f
           JOIN waste_location_tours lt ON lt.location_id = f.location_id AND lt.type_id = f.type_id
           JOIN waste_locations l ON l.id = f.location_id
           JOIN waste_pickups p ON p.tour_id = lt.tour_id AND p.status = 'scheduled'
           CROSS JOIN LATERAL (VALUES (p.date - 1, f.evening_minute), (p.date, f.morning_minute)) k(day, minute)
          WHERE f.installation_id = $1 AND k.minute IS NOT NULL
            AND (k.day + make_interval(mins => k.minute)) AT TIME ZONE $4 > $2::timestamptz
            AND (k.day + make_interval(mins => k.minute)) AT TIME ZONE $4 <= $3::timestamptz`,
        [id, from, to, timezone],
      );
      if (!due.length) continue;
      const types = due.map((d) => d.type_id).join(', ');
      await notify.send(tx, {
        installationId: id,
        topic: 'waste',
        title: { de: `Morgen: ${types}`, en: `Tomorrow: ${types}` },
        body: {
          de: `${due[0].name}: Bitte stellen Sie die Tonne bereit.`,
          en: `${due[0].name}: please put the bin out.`,
        },
        url: '/abfall',
        idempotencyKey: `baseline:${to}:${id}`,
      });
      reminders += due.length;
      messages += 1;
    }
  });
  return { reminders, messages };
}
