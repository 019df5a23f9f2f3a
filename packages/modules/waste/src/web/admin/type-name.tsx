import type { CalendarSummary } from '../../summary.js';
import type { Staff } from './staff.js';

type Types = CalendarSummary['types'];

/**
 * A waste type as staff see it: a swatch of its colour beside its name, so it is never told
 * apart by colour alone. An id the town no longer has shows as the id.
 */
export function TypeName({
  staff,
  types,
  typeId,
}: {
  staff: Pick<Staff, 'locale'>;
  types: Types;
  typeId: string;
}) {
  const type = types.find((t) => t.id === typeId);
  if (!type) return <span>{typeId}</span>;
  return (
    <span className="waste-type">
      <span
        className="waste-type__swatch"
        aria-hidden="true"
        // Only the colour is the type's own; set through the DOM, which the CSP allows.
        style={{ background: type.colour }}
      />
      {type.name[staff.locale] ?? type.name.de}
    </span>
  );
}

/** The types as options of a select, in the town's order. */
export function typeOptions(staff: Pick<Staff, 'locale'>, types: Types) {
  return types.map((type) => ({ value: type.id, label: type.name[staff.locale] ?? type.name.de }));
}
