import type { Locale } from '@city-app/core';
import type { CalendarSummary } from '../../summary.js';
import { WasteIconSvg } from '../icons/waste-icon.js';

export type TypeView = CalendarSummary['types'][number];

/**
 * A waste type as residents recognise it: the bin's colour as a swatch, the pictogram and
 * the name. The name carries the meaning; colour and icon only help the eye.
 */
export function TypeLabel({ type, locale }: { type: TypeView; locale: Locale }) {
  return (
    <span className="waste-type">
      <span
        aria-hidden="true"
        className="waste-type__swatch"
        data-swatch={type.colour}
        style={{ background: type.colour }}
      />
      <WasteIconSvg icon={type.icon} />
      <span className="waste-type__name">{type.name[locale]}</span>
    </span>
  );
}
