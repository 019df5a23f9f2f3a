import { z } from 'zod';

/** The id of this device's notification installation, as notify gives it: a UUID. */
export const installationIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID')
  .describe('The id of this device’s notification installation: it hears of the committee.');

/** A committee (OParl Organization) by its short key, as meetings name it. */
export const committeeSchema = z.object({ key: z.string(), name: z.string().nullable() });

export const followParamsSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
  installationId: installationIdSchema,
});

export const followedCommitteesSchema = z.object({ items: z.array(committeeSchema) });

/** The committees that hold meetings, by name: residents pick one to follow. */
export const committeeListSchema = z.object({ items: z.array(committeeSchema) });

export type Committee = z.infer<typeof committeeSchema>;
export type FollowedCommittees = z.infer<typeof followedCommitteesSchema>;
export type CommitteeList = z.infer<typeof committeeListSchema>;
