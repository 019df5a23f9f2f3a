/**
 * A report's id (a uuid) as two signed 64-bit halves, `high` and `low`: XOR-ed over a cell's
 * reports they give the id of the one report left when the count is 1 (XOR takes a report out
 * as it put it in, in any order), so the map reads that report by its primary key.
 */
export const ID_HALVES = (id: string) =>
  `('x' || substr(replace(${id}::text, '-', ''), 1, 16))::bit(64)::bigint AS high,
   ('x' || substr(replace(${id}::text, '-', ''), 17, 16))::bit(64)::bigint AS low`;

/** The uuid whose halves a cell keeps (see `ID_HALVES`). */
export const ID_FROM_HALVES = (high: string, low: string) =>
  `(lpad(to_hex(${high}), 16, '0') || lpad(to_hex(${low}), 16, '0'))::uuid`;

/**
 * Fills `reports_map_cells` from the reports as they are: after a bulk import that ran without
 * its trigger (and when migration 005 rebuilt the cells). Each published report counts in its
 * cell at every kept zoom level, under its status and category and under '*' (all) for either
 * and both; the XOR of the ids names the report of a cell that holds one.
 */
export const FILL_MAP_CELLS = `
  INSERT INTO reports_map_cells (zoom, cx, cy, status, category, count, sum_lat, sum_lon,
                                 id_xor_high, id_xor_low)
  SELECT z, cx, cy, s, k, count(*), sum(lat), sum(lon), bit_xor(high), bit_xor(low)
    FROM (
      SELECT z, s, k, r.lat, r.lon,
             floor((r.lon + 180) / 360 * (256 * 2 ^ z / 60)) AS cx,
             floor((1 - ln(tan(pi() / 4 + radians(r.lat) / 2)) / pi()) / 2 * (256 * 2 ^ z / 60)) AS cy,
             ${ID_HALVES('r.id')}
        FROM reports r, generate_series(8, 15) AS z,
             unnest(ARRAY[r.status, '*']) AS s, unnest(ARRAY[r.category, '*']) AS k
       WHERE r.moderation = 'public' AND r.merged_into IS NULL AND r.lat IS NOT NULL
    ) placed
   GROUP BY z, cx, cy, s, k;
`;
