import type { CourseSession } from '../../api.js';
import type { Space } from '../space.js';

/** "3 von 12 Plätzen frei" / "ausgebucht, 2 auf der Warteliste" / "abgesagt". */
export function seatsLabel(session: CourseSession, t: Space['t']): string {
  if (session.cancelled) return t('courses.cancelled');
  if (session.seatsLeft > 0)
    return t(session.seatsLeft === 1 ? 'courses.seatsLeftOne' : 'courses.seatsLeft', {
      left: session.seatsLeft,
      seats: session.seats,
    });
  return t('courses.full', { waiting: session.waiting });
}
