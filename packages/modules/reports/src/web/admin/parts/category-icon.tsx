import type { ReportIcon } from '../../../categories/category.js';

/**
 * The pictogram of each category icon, drawn on a 24×24 grid with the current text colour so
 * it keeps its contrast in every theme. Shapes, not colours, tell the categories apart.
 */
const SHAPES: Record<ReportIcon, string> = {
  // a road with a pothole between its lane marks
  road: 'M8 2h2l-1 20H4zm6 0h2l4 20h-5zM11 3h2v3h-2zm0 5h2v3h-2zm-1 7.5a2 1.2 0 1 0 4 0 2 1.2 0 1 0-4 0z',
  // a street lamp: post, arm and lamp head
  'street-light': 'M7 22V5a3 3 0 0 1 3-3h5v2h-5a1 1 0 0 0-1 1v17h3v2H4v-2zM13 5h7l-1.5 4h-4z',
  // a litter bin with a lid
  litter: 'M9 2h6v2h5v2H4V4h5zM5 8h14l-1.5 14h-11zm4 2v10h1.5V10zm4.5 0v10H15V10z',
  // a swing: frame, ropes and seat
  playground: 'M3 22 8 3h8l5 19h-2L14.6 5H13v10h2v2H9v-2h2V5H9.4L5 22z',
  // a deciduous tree
  green: 'M12 1a6 6 0 0 0-5.6 8.2A5 5 0 0 0 9 18h2v5h2v-5h2a5 5 0 0 0 2.6-8.8A6 6 0 0 0 12 1z',
  // a round sign on a post
  'traffic-sign':
    'M11 14h2v9h-2zM12 1a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z',
  // a speech bubble with an exclamation mark
  other: 'M3 3h18v14H9l-5 5v-5H3zm8 3v6h2V6zm0 7v2h2v-2z',
};

/** The category's pictogram. Decorative: the category's words are always written beside it. */
export function CategoryIcon({ icon }: { icon: ReportIcon }) {
  return (
    <svg
      width={24}
      height={24}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
      data-icon={icon}
      style={{ flex: 'none', verticalAlign: 'middle', marginInlineEnd: '0.35em' }}
    >
      <path fillRule="evenodd" d={SHAPES[icon]} />
    </svg>
  );
}
