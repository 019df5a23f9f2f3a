import type { Localized } from '../../api/localized.js';
import { categoryOf, type EventsConfig } from '../../config.js';

/**
 * A category's name; an event whose category the town has since removed keeps its id as
 * its name rather than vanishing from the list.
 */
export function categoryTitle(config: Pick<EventsConfig, 'categories'>, id: string): Localized {
  return categoryOf(config, id)?.title ?? { de: id, en: id };
}
