import type { BookerGroup } from '../../api.js';
import { invalid, refused } from '../errors.js';

/**
 * The group a person books as (default: resident). A group booking names its organisation,
 * and only the groups a resource or course allows may book it.
 */
export function checkBooker(
  input: { group?: BookerGroup; organisation?: string | undefined },
  bookableBy: BookerGroup[],
) {
  const group = input.group ?? 'resident';
  if (group !== 'resident' && !input.organisation?.trim()) {
    throw invalid(
      'organisation',
      'organisation: a group booking needs the name of the school, association, business or provider.',
      'Enter the organisation’s name, or book as a private person.',
    );
  }
  if (!bookableBy.includes(group)) {
    throw refused(
      'not_bookable_by_group',
      `This can be booked only by: ${bookableBy.join(', ')}.`,
      {
        field: 'group',
        hint: 'Choose a group that may book it, or ask the library.',
        status: 403,
      },
    );
  }
  return group;
}
