/** The OParl object types the module keeps (OParl 1.0 and 1.1 name them alike). */
export const OPARL_TYPES = [
  'System',
  'Body',
  'LegislativeTerm',
  'Organization',
  'Person',
  'Membership',
  'Meeting',
  'AgendaItem',
  'Paper',
  'Consultation',
  'File',
  'Location',
] as const;

export type OParlType = (typeof OPARL_TYPES)[number];

const known = new Set<string>(OPARL_TYPES);

/**
 * The type an object names, from its schema address (`https://schema.oparl.org/1.1/Meeting`);
 * null for anything else, which the sync leaves out.
 */
export function typeOf(value: unknown): OParlType | null {
  if (typeof value !== 'string') return null;
  const name = value.split('/').pop() ?? '';
  return known.has(name) ? (name as OParlType) : null;
}

/** An object as JSON: a plain record with an `id` and a `type`. */
export type OParlJson = Record<string, unknown> & { id: string; type: string };

export function isOParlObject(value: unknown): value is OParlJson {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
