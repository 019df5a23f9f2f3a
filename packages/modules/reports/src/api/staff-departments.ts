import { z } from 'zod';

/**
 * The town's departments as the staff screens offer them (an inbox each, a place to move a
 * report to): id and name, and which categories each receives. Never the e-mail address,
 * which staff do not need to pick one.
 */
export const staffDepartmentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      categories: z.array(z.string()),
    }),
  ),
});
export type StaffDepartmentList = z.output<typeof staffDepartmentListSchema>;
export type StaffDepartment = StaffDepartmentList['items'][number];
