import type { Migration } from '@city-app/server';
import { FILL_MAP_CELLS, ID_HALVES } from './kept-cells.js';

/**
 * The kept cells name the report of a cell that holds one (the XOR of their reports' ids), so
 * the map reads it by primary key instead of searching the cell's box for it; and their key
 * follows the map's question — a zoom, a status and a category, then the screen's rows and
 * columns — so a screen's cells lie together in the index and come out in the screen's order.
 * The cells are filled anew.
 */
export const loneReportMigration: Migration = {
  id: '005_map_cells_lone_report',
  up: `
    ALTER TABLE reports_map_cells
      ADD COLUMN id_xor_high bigint NOT NULL DEFAULT 0,
      ADD COLUMN id_xor_low bigint NOT NULL DEFAULT 0,
      DROP CONSTRAINT reports_map_cells_pkey,
      ADD PRIMARY KEY (zoom, status, category, cy, cx);

    CREATE OR REPLACE FUNCTION reports_map_cell_change(r reports, sign int) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE
      z int;
      scale double precision;
      x int;
      y int;
      s text;
      k text;
      id_high bigint;
      id_low bigint;
    BEGIN
      IF r.moderation <> 'public' OR r.merged_into IS NOT NULL OR r.lat IS NULL THEN
        RETURN;
      END IF;
      SELECT halves.high, halves.low INTO id_high, id_low
        FROM (SELECT ${ID_HALVES('r.id')}) halves;
      FOR z IN 8..15 LOOP
        scale := 256 * 2 ^ z / 60;
        x := floor((r.lon + 180) / 360 * scale);
        y := floor((1 - ln(tan(pi() / 4 + radians(r.lat) / 2)) / pi()) / 2 * scale);
        FOREACH s IN ARRAY ARRAY[r.status, '*'] LOOP
          FOREACH k IN ARRAY ARRAY[r.category, '*'] LOOP
            INSERT INTO reports_map_cells AS c
            VALUES (z, x, y, s, k, sign, sign * r.lat, sign * r.lon, id_high, id_low)
            ON CONFLICT (zoom, cx, cy, status, category) DO UPDATE
              SET count = c.count + EXCLUDED.count,
                  sum_lat = c.sum_lat + EXCLUDED.sum_lat,
                  sum_lon = c.sum_lon + EXCLUDED.sum_lon,
                  id_xor_high = c.id_xor_high # EXCLUDED.id_xor_high,
                  id_xor_low = c.id_xor_low # EXCLUDED.id_xor_low;
            IF sign < 0 THEN
              DELETE FROM reports_map_cells
               WHERE zoom = z AND cx = x AND cy = y AND status = s AND category = k
                 AND count = 0;
            END IF;
          END LOOP;
        END LOOP;
      END LOOP;
    END $$;

    TRUNCATE reports_map_cells;
    ${FILL_MAP_CELLS}
  `,
};
