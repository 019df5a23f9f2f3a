import type { PublicDate } from '@city-app/core';
import type { PublicDatesRange } from '@city-app/server';
import type { CourseSession, CourseSummary } from '../api.js';
import { libraryPlace } from './library-place.js';
import type { Space } from './space.js';

/** The words a receiving module maps to its own kind of date, in both languages. */
const COURSE_WORDS = ['Kurs', 'Course'];

const overlaps = (s: CourseSession, range: PublicDatesRange) =>
  Date.parse(s.end) > range.from.getTime() && Date.parse(s.start) < range.to.getTime();

function dateOf(space: Space, course: CourseSummary, session: CourseSession): PublicDate {
  const { library } = space.ctx.config;
  const description = course.description.de
    ? { de: course.description.de, ...(course.description.en ? { en: course.description.en } : {}) }
    : undefined;
  return {
    // Stable per session: the mirror follows a changed time or a cancellation by it.
    id: `kurs.${course.id}.${session.id}`,
    title: course.title,
    start: session.start,
    end: session.end,
    location: course.remote && !course.location ? 'online' : libraryPlace(library),
    // The course's public page, where residents see the seats left and register.
    path: `${space.ctx.webPath}/kurse/${course.id}`,
    status: session.cancelled ? 'cancelled' : 'confirmed',
    ...(description ? { description } : {}),
    organiser: course.provider ?? library.name,
    categories: COURSE_WORDS,
  };
}

/**
 * The experiment space's public dates: every course session overlapping the range, cancelled
 * ones as such, so a module that shows them (the town's events) strikes them instead of
 * losing them. Seats left are not part of it: they change with every registration, and the
 * course's page shows them live.
 */
export async function coursePublicDates(
  space: Space,
  range: PublicDatesRange,
): Promise<PublicDate[]> {
  const dates: PublicDate[] = [];
  for (const course of await space.courses.list()) {
    for (const session of course.sessions) {
      if (overlaps(session, range)) dates.push(dateOf(space, course, session));
    }
  }
  return dates;
}
