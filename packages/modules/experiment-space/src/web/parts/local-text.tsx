import type { OptionalLocalized } from '../../api.js';
import type { Space } from '../space.js';

/**
 * What staff wrote (a name, a description), in the reader's language; where there is no
 * English, the German text marked `lang="de"` so a screen reader reads it in German (WCAG 3.1.2).
 */
export function LocalText({
  value,
  space,
}: {
  value: OptionalLocalized | null | undefined;
  space: Space;
}) {
  return <span lang={space.lang(value)}>{space.text(value)}</span>;
}
