import { cityError } from '@city-app/core';
import type { BookerGroup } from '../../api.js';

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
    throw cityError('space_organisation_missing', {}, { field: 'organisation' });
  }
  if (!bookableBy.includes(group)) {
    throw cityError(
      'space_not_bookable_by_group',
      { groups: bookableBy.join(', ') },
      { field: 'group' },
    );
  }
  return group;
}
