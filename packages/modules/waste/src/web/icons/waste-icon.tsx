import type { WasteIcon } from '../../types/waste-type.js';

/**
 * The pictogram of each waste type, drawn on a 24×24 grid with the current text colour, so it
 * keeps its contrast in every theme. Shapes, not colours, tell the types apart.
 */
const SHAPES: Record<WasteIcon, string> = {
  // a wheelie bin: lid, body, wheel
  residual:
    'M4 5h16v2H4zM6 8h12l-1.2 12H7.2zM9 10v8h1.5v-8zm4.5 0v8H15v-8zM7 21a1.5 1.5 0 1 0 3 0z',
  // a leaf with its vein
  organic:
    'M20 3C9 3 4 8 4 15c0 2 .6 3.8 1.6 5.2L4 22l1.4 1.4 1.7-1.7C8.5 22.6 10.2 23 12 23c7 0 9-8 8-20zM8.5 19.5 16 9l1.2.9-7.5 10.5z',
  // a stack of sheets with lines of text
  paper: 'M6 2h9l5 5v15H6zm8 1.5V8h4.5zM8.5 11v1.5h9V11zm0 3.5V16h9v-1.5zm0 3.5v1.5h6V18z',
  // a carton with a folded top
  packaging: 'M7 2h10l3 5v15H4V7zm1 1.6L6 7h5V3.6zM13 3.6V7h5l-2-3.4zM6 9v11h12V9zm3 3h6v2H9z',
  // a bottle
  glass: 'M10 1h4v4l2 3v14a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V8l2-3zm-.5 10v8h5v-8z',
  // a fir tree with its trunk
  tree: 'M12 1 6 9h3l-4 6h4l-5 6h7v3h2v-3h7l-5-6h4l-4-6h3z',
  // a sofa, the typical bulky item
  bulky:
    'M5 7a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v3a3 3 0 0 0-2 2.8V14H7v-1.2A3 3 0 0 0 5 10zM2 12a2 2 0 1 1 4 0v3h12v-3a2 2 0 1 1 4 0v7h-2v2h-2v-2H6v2H4v-2H2z',
  // a warning triangle with an exclamation mark
  hazardous: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
};

/** The type's pictogram. Decorative: the type's name is always written beside it. */
export function WasteIconSvg({ icon, size = 24 }: { icon: WasteIcon; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
      data-icon={icon}
      style={{ flex: 'none', verticalAlign: 'middle' }}
    >
      <path fillRule="evenodd" d={SHAPES[icon]} />
    </svg>
  );
}
