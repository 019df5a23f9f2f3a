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
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4em' }}>
      <span
        aria-hidden="true"
        data-swatch={type.colour}
        style={{
          display: 'inline-block',
          width: '1em',
          height: '1em',
          flex: 'none',
          borderRadius: '0.2em',
          background: type.colour,
          // A light bin colour (yellow) keeps its edge on white.
          border: '1px solid currentColor',
        }}
      />
      <WasteIconSvg icon={type.icon} />
      <span>{type.name[locale]}</span>
    </span>
  );
}
