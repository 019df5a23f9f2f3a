import { createContext, type ReactNode, useContext } from 'react';
import { cx } from './strings.js';

/** The names of a StackedTable's columns after the first, for its rows' cells. */
const CellNames = createContext<readonly string[]>([]);

/**
 * A staff table that never scrolls sideways: a table where its container has room, a stack of
 * cards where it has not (a phone, 200 % text) — each row a card under its first cell, every
 * other cell under its column's name. `label` names the table (a visually hidden caption);
 * `columns` are the column headers, the first one that of the cell naming each row. A table of
 * more than four columns turns into cards on a wider screen than one of four.
 *
 * Screen readers meet the same table in both looks: its roles are written out, because some
 * browsers drop a table's semantics once CSS changes its display, and the names shown above the
 * cells are hidden from them, since each cell's column header already names it.
 */
export function StackedTable({
  label,
  columns,
  children,
}: {
  label: string;
  columns: readonly string[];
  /** The rows: `StackedRow`s. */
  children: ReactNode;
}) {
  return (
    <div className={cx('city-stacked-table', columns.length > 4 && 'city-stacked-table--many')}>
      {/* biome-ignore lint/a11y/noRedundantRoles: kept when the stacked look changes the table's display */}
      <table className="city-table" role="table">
        <caption className="city-visually-hidden">{label}</caption>
        {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
        <thead role="rowgroup">
          {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
          <tr role="row">
            {columns.map((column) => (
              // biome-ignore lint/a11y/noRedundantRoles: as above
              <th key={column} scope="col" role="columnheader">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <CellNames.Provider value={columns.slice(1)}>
          {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
          <tbody role="rowgroup">{children}</tbody>
        </CellNames.Provider>
      </table>
    </div>
  );
}

/**
 * A row of a StackedTable: `header` names the row (its card's heading when stacked), `cells`
 * are the next columns in order, and `actions` (the row's buttons, which say what they do)
 * the last column, shown without its name above it when stacked.
 */
export function StackedRow({
  header,
  cells,
  actions,
}: {
  header: ReactNode;
  cells: readonly ReactNode[];
  actions?: ReactNode;
}) {
  const names = useContext(CellNames);
  return (
    // biome-ignore lint/a11y/noRedundantRoles: kept when the stacked look changes the table's display
    <tr role="row">
      {/* biome-ignore lint/a11y/noRedundantRoles: as above */}
      <th scope="row" role="rowheader">
        {header}
      </th>
      {cells.map((cell, index) => {
        const name = names[index] ?? '';
        return (
          // biome-ignore lint/a11y/noRedundantRoles: as above
          <td key={name} role="cell">
            <span className="city-stacked-table__name" aria-hidden="true">
              {name}
            </span>
            {cell}
          </td>
        );
      })}
      {actions === undefined ? null : (
        // biome-ignore lint/a11y/noRedundantRoles: as above
        <td role="cell">{actions}</td>
      )}
    </tr>
  );
}
