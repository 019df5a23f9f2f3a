import type { Locale } from '@city-app/core';
import { CategoryIcon } from './category-icon.js';
import type { CategoryChoice } from './choices.js';

/** A category as icon and words; an id the town no longer has, as the id. */
export function CategoryLabel({
  categories,
  id,
  locale,
}: {
  categories: CategoryChoice[];
  id: string;
  locale: Locale;
}) {
  const category = categories.find((c) => c.id === id);
  if (!category) return <span>{id}</span>;
  return (
    <span>
      <CategoryIcon icon={category.icon} />
      {category.title[locale] ?? category.title.de}
    </span>
  );
}
