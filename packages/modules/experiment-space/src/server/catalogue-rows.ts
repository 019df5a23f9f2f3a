import type { Queryable } from '@city-app/server';
import type { MetaRow } from './catalogue.js';
import type { CourseRow, SessionRow } from './courses.js';

/** The module's own rows that the catalogue shows. */
export interface CatalogueRows {
  resources: MetaRow[];
  courses: CourseRow[];
  sessions: SessionRow[];
}

/**
 * The catalogue's resources, courses and sessions in one round trip to the database, each in
 * the order the catalogue shows (a query per table cost more than reading the rows).
 */
export async function readCatalogueRows(db: Queryable): Promise<CatalogueRows> {
  const { rows } = await db.query<CatalogueRows>(
    `SELECT (SELECT coalesce(json_agg(r ORDER BY r.position, r.id), '[]')
               FROM (SELECT id, kind, uses, photo, bookable_by, position FROM experiment_space_resources) r) AS resources,
            (SELECT coalesce(json_agg(c ORDER BY c.position, c.id), '[]') FROM experiment_space_courses c) AS courses,
            (SELECT coalesce(json_agg(s ORDER BY s.starts_at, s.id), '[]') FROM experiment_space_sessions s) AS sessions`,
  );
  return rows[0] as CatalogueRows;
}
