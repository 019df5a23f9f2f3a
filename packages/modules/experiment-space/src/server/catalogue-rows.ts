import {
  ACTIVE_STATUSES,
  type Occupancy,
  occupancySql,
  RESOURCES_JSON_SQL,
  type Resource,
  resourcesFromJson,
} from '@city-app/booking';
import type { Queryable } from '@city-app/server';
import type { MetaRow } from './catalogue.js';
import type { CourseRow, SessionRow } from './courses.js';

/** What the catalogue shows: the module's rows and the booking core's, read together. */
export interface CatalogueRows {
  resources: MetaRow[];
  courses: CourseRow[];
  /** The sessions of the courses, each with its seats taken and people waiting. */
  sessions: (SessionRow & Occupancy)[];
  /** Every resource of the booking core, inactive ones too: the catalogue's and the rooms. */
  rooms: Resource[];
}

const used = occupancySql(
  { resourceId: 'c.resource_id', start: 's.starts_at', end: 's.ends_at' },
  '$1',
);

/**
 * The catalogue's resources, courses, sessions with their occupancy, and the booking core's
 * resources, in one statement, each in the order the catalogue shows: every further query cost
 * the server and PostgreSQL more than building the answer did.
 */
export async function readCatalogueRows(db: Queryable): Promise<CatalogueRows> {
  const { rows } = await db.query<Omit<CatalogueRows, 'rooms'> & { rooms: unknown }>(
    `SELECT (SELECT coalesce(json_agg(r ORDER BY r.position, r.id), '[]')
               FROM (SELECT id, kind, uses, photo, bookable_by, position FROM experiment_space_resources) r) AS resources,
            (SELECT coalesce(json_agg(c ORDER BY c.position, c.id), '[]') FROM experiment_space_courses c) AS courses,
            (SELECT coalesce(json_agg(s ORDER BY s.starts_at, s.id), '[]')
               FROM (SELECT s.*, ${used.seats} AS seats, ${used.waiting} AS waiting
                       FROM experiment_space_sessions s
                       JOIN experiment_space_courses c ON c.id = s.course_id) s) AS sessions,
            ${RESOURCES_JSON_SQL} AS rooms`,
    [[...ACTIVE_STATUSES]],
  );
  const row = rows[0] as Omit<CatalogueRows, 'rooms'> & { rooms: unknown };
  return { ...row, rooms: resourcesFromJson(row.rooms) };
}
