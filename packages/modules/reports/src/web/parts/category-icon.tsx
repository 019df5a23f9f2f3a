import type { Locale } from '@city-app/core';
import type { ReportIcon } from '../../categories/category.js';
import type { CategoryChoice } from './categories.js';

/** The lines of each icon on a 24-unit grid, drawn in the text's colour. */
const DRAWINGS: Record<ReportIcon, string[]> = {
  // A road with a pothole.
  road: ['M7 3 4 21', 'M17 3l3 18', 'M12 4v3', 'M12 10v2', 'M10 16c1-1.5 3-1.5 4 0s-3 2-4 0z'],
  // A lamp post and its light.
  'street-light': ['M8 21h8', 'M12 21V6', 'M12 6h5', 'M15 6l-1.5 4h7L19 6', 'M17 13v1'],
  // A bin with a lid.
  litter: ['M4 6h16', 'M10 6V4h4v2', 'M6 6l1 15h10l1-15', 'M10 10v7', 'M14 10v7'],
  // A swing.
  playground: ['M3 21 7 3h10l4 18', 'M10 3v11', 'M15 3v11', 'M9 14h7'],
  // A tree.
  green: ['M12 21v-7', 'M12 14c-5 0-7-3-5-6 0-3 3-5 5-5s5 2 5 5c2 3 0 6-5 6z', 'M9 21h6'],
  // A triangular sign on a post.
  'traffic-sign': ['M12 2 3 16h18z', 'M12 16v6', 'M12 7v4', 'M12 13v.5'],
  // A question in a circle.
  other: [
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
    'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7',
    'M12 17v.5',
  ],
};

/** A category's drawn icon: decoration only, its words always stand beside it. */
export function CategoryIcon({ icon }: { icon: ReportIcon }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ flex: 'none', verticalAlign: 'middle' }}
    >
      {DRAWINGS[icon].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

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
    <span style={{ display: 'inline-flex', gap: '0.4em', alignItems: 'center' }}>
      <CategoryIcon icon={category.icon} />
      <span>{category.title[locale]}</span>
    </span>
  );
}
