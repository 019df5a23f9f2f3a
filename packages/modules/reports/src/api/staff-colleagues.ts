import { z } from 'zod';

/**
 * The staff a report can be given to: every active account with the `reports` role, and the
 * administrators. Names only: staff pick a colleague by name and need no e-mail address.
 */
export const staffColleagueListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type StaffColleagueList = z.output<typeof staffColleagueListSchema>;
export type StaffColleague = StaffColleagueList['items'][number];
