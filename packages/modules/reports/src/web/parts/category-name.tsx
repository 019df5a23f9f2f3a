import type { Locale } from '@city-app/core';
// One drawing per icon for residents and staff alike.
import { CategoryIcon } from '../admin/parts/category-icon.js';
import type { CategoryChoice } from './categories.js';

/** A category as residents read it: icon and words; an unknown one by its id alone. */
export function CategoryName({
  category,
  id,
  locale,
}: {
  category: CategoryChoice | undefined;
  id: string;
  locale: Locale;
}) {
  if (!category) return <span>{id}</span>;
  return (
    <span>
      <CategoryIcon icon={category.icon} />
      {category.title[locale]}
    </span>
  );
}
