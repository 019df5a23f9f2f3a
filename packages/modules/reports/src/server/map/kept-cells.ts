/**
 * Fills `reports_map_cells` from the reports as they are: when the table is made, and after a
 * bulk import that ran without its trigger. Each published report counts in its cell at every
 * kept zoom level, under its status and category and under '*' (all) for either and both.
 */
export const FILL_MAP_CELLS = `
  INSERT INTO reports_map_cells
  SELECT z, cx, cy, s, k, count(*), sum(lat), sum(lon)
    FROM (
      SELECT z, s, k, r.lat, r.lon,
             floor((r.lon + 180) / 360 * (256 * 2 ^ z / 60)) AS cx,
             floor((1 - ln(tan(pi() / 4 + radians(r.lat) / 2)) / pi()) / 2 * (256 * 2 ^ z / 60)) AS cy
        FROM reports r, generate_series(8, 15) AS z,
             unnest(ARRAY[r.status, '*']) AS s, unnest(ARRAY[r.category, '*']) AS k
       WHERE r.moderation = 'public' AND r.merged_into IS NULL AND r.lat IS NOT NULL
    ) placed
   GROUP BY z, cx, cy, s, k;
`;
