import { z } from 'zod';

/** An office of the town hall that handles reports, and where its new reports are mailed. */
export const departmentSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,30}$/, 'Lower-case letters, digits and hyphens, 2 to 31 characters.')
    .describe('Stable id the categories name, e.g. `bauhof`.'),
  name: z.string().trim().min(2).max(80).describe('The name staff read, e.g. "Bauhof".'),
  email: z.email().max(254).describe('Each new report of its categories is mailed here.'),
});

export type Department = z.output<typeof departmentSchema>;

/** Samples only: the town enters its own offices and their addresses (see `placeholders`). */
export const DEFAULT_DEPARTMENTS: Department[] = [
  { id: 'bauhof', name: 'Bauhof', email: 'bauhof@example.org' },
  { id: 'ordnungsamt', name: 'Ordnungsamt', email: 'ordnungsamt@example.org' },
];
