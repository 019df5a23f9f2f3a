import { Button, type ButtonVariant } from './button.js';

/** One thing staff can do with a table's row: a visible word and a name saying which row. */
export interface RowAction {
  /** The visible word ("Verschieben"). */
  word: string;
  /** The accessible name, the visible word first ("Verschieben: Samstag, 12. Juni"; WCAG 2.5.3). */
  name: string;
  onClick(): void;
  /** `secondary` unless said; `danger` for what cannot be undone. */
  variant?: ButtonVariant;
  busy?: boolean;
}

/**
 * The buttons of one table row, in a line that wraps. Each is named with its row, so a
 * screen reader's list of buttons tells the rows apart. Leave out what does not fit the row
 * with `null` or `false`.
 */
export function RowActions({ actions }: { actions: readonly (RowAction | null | false)[] }) {
  return (
    <div className="city-row-actions">
      {actions.map((action) =>
        action ? (
          <Button
            key={action.word}
            variant={action.variant ?? 'secondary'}
            busy={action.busy}
            onClick={action.onClick}
            aria-label={action.name}
          >
            {action.word}
          </Button>
        ) : null,
      )}
    </div>
  );
}
