import type { ReactNode } from 'react';
import type { PublicReport } from '../../api/public-report.js';

/** A point on the earth as the API takes it. */
export interface Point {
  lat: number;
  lon: number;
}

/**
 * What a map beside the "where" step gets: the point picked so far (by the resident's location
 * or a pin) and how to pick another. The address field stays the way that always works.
 */
export interface WhereMapProps {
  point: Point | null;
  onPick(point: Point): void;
}

/** What a map beside the public list gets: the reports of the page the list shows. */
export interface ListMapProps {
  reports: PublicReport[];
}

/**
 * Where a map goes beside a list or a form. Everything a map shows is in the list next to it,
 * so a screen without a map (none configured, or not loaded yet) lacks nothing: the slot is
 * left out until a map is handed in.
 */
export function MapSlot({ label, children }: { label: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <section className="reports-map" data-reports-map="" aria-label={label}>
      {children}
    </section>
  );
}
