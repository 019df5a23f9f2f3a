import { type Resource, useResource } from '@city-app/web';
import type { Category } from '../../categories/category.js';
import { paths } from '../paths.js';
import type { ReportsContext } from './use-reports.js';

/** A category as residents choose it: its words in both languages and its icon. */
export type CategoryChoice = Pick<Category, 'id' | 'title' | 'icon'>;

/** The town's categories, in its order, loaded once for a screen. */
export function useCategories({ api }: Pick<ReportsContext, 'api'>) {
  return useResource(
    () => api.get<{ items: CategoryChoice[] }>(paths.categoriesApi).then((list) => list.items),
    [api],
  );
}

/** The category of `id` among those loaded; a category the town since removed has none. */
export function categoryOf(
  categories: Resource<CategoryChoice[]>,
  id: string,
): CategoryChoice | undefined {
  return categories.state === 'ready' ? categories.data.find((c) => c.id === id) : undefined;
}
