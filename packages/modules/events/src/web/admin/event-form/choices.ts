import { useResource } from '@city-app/web';
import type { Localized } from '../../../api/localized.js';
import type { Venue, VenueList } from '../../../api/venue.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';

/** What the event form offers to choose from: the town's categories and the venues. */
export interface FormChoices {
  categories: Array<{ id: string; title: Localized }>;
  venues: Venue[];
}

/** Loads the form's choices once, as residents' filters read them. */
export function useFormChoices({ api }: Pick<Staff, 'api'>) {
  return useResource<FormChoices>(
    () =>
      Promise.all([
        api.get<{ items: FormChoices['categories'] }>(adminApi.categories),
        api.get<VenueList>(adminApi.venueList),
      ]).then(([categories, venues]) => ({ categories: categories.items, venues: venues.items })),
    [],
  );
}
