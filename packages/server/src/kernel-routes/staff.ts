import { cityError } from '@city-app/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { INVITATION_LINK_DAYS, sendInvitation } from '../auth/invitation.js';
import { mailLinkOrigin } from '../auth/link-origin.js';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { refuseWeakPassword } from '../auth/password-policy.js';
import type { StaffMailer } from '../auth/staff-mail.js';
import { emailTaken, insertStaff } from '../auth/users.js';
import type { KernelEnv, RequestSettings } from '../http/context.js';
import type { Database } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';
import {
  changeStaff,
  deactivateStaff,
  findStaff,
  listStaff,
  reactivateStaff,
  staffNotFound,
} from './staff-accounts.js';
import type { StaffRole } from './staff-roles.js';

const localized = z.object({ de: z.string(), en: z.string() });

const staffRecordSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z
    .boolean()
    .describe('True until the account holder has set a password (an open invitation).'),
  createdAt: z.string().describe('ISO 8601 time the account was created.'),
  deactivatedAt: z.string().nullable().describe('When it was deactivated; null while active.'),
  lastLoginAt: z.string().nullable().describe('The last sign-in; null before the first.'),
});

const roleSchema = z.object({
  id: z.string(),
  title: localized,
  module: z.object({ id: z.string(), title: localized }).optional(),
});

const invitationSchema = z.object({
  expiresAt: z.string().describe('ISO 8601 time the invitation link stops working.'),
});

const idParams = z.object({ id: z.uuid({ message: 'Use the id of a staff account (a UUID).' }) });

/** Every route here is the administrators', tagged `staff`. */
const adminRoute = (spec: Omit<Parameters<typeof describeRoute>[0], 'tags' | 'role'>) =>
  describeRoute({ tags: ['staff'], role: 'admin', ...spec });

const noSuchAccount = { description: 'No such account (`staff_not_found`)' };
const accountAnswer = (description: string) => ({
  description,
  schema: z.object({ user: staffRecordSchema }),
});

export interface StaffRouteOptions {
  /** Every role there is, the kernel's and the modules', in words. */
  roles: readonly StaffRole[];
  townWords: readonly string[];
  mailer: StaffMailer;
  settings: RequestSettings;
}

/**
 * `/api/staff`: staff accounts for administrators — list, invite by e-mail, change name and
 * roles, deactivate and reactivate (the account and its history stay), delete.
 */
export function staffRoutes(db: Database, options: StaffRouteOptions): Hono<KernelEnv> {
  const { townWords, mailer, settings } = options;
  const router = new Hono<KernelEnv>();
  const ids = options.roles.map((r) => r.id);
  const role = z.enum(ids as [string, ...string[]]);
  const roleList = z
    .array(role)
    .min(1)
    .max(ids.length * 2)
    .describe(`Any of: ${ids.join(', ')}. "admin" implies every role.`);
  const name = z.string().trim().min(1).max(100);
  const createBody = z.object({
    email: z.email({ message: 'Use an e-mail address such as name@example.de.' }).max(254),
    name,
    roles: roleList,
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH)
      .max(1024)
      .optional()
      .describe(
        'For set-up scripts only. Leave out to mail the person an invitation link with which they set their own password.',
      ),
  });
  const patchBody = z.object({ name: name.optional(), roles: roleList.optional() });

  /** The link's origin, or the refusal that says CITY_APP_PUBLIC_URL is missing. */
  const originOf = (c: Parameters<typeof mailLinkOrigin>[0]) => {
    const origin = mailLinkOrigin(c, settings);
    if (!origin) throw cityError('invitation_needs_public_url');
    return origin;
  };
  /** Mails `user` a link, signed with the name of the administrator who asked. */
  const invite = (
    c: Parameters<typeof mailLinkOrigin>[0],
    user: { id: string; email: string; name: string },
    origin: string,
  ) =>
    sendInvitation(db, mailer, {
      userId: user.id,
      email: user.email,
      name: user.name,
      inviter: c.get('user')?.name ?? '',
      origin,
    });

  router.get(
    '/',
    adminRoute({
      summary: 'List staff accounts and the roles there are',
      responses: {
        200: {
          description: 'All staff accounts, active and deactivated, and every role in words',
          schema: z.object({ staff: z.array(staffRecordSchema), roles: z.array(roleSchema) }),
        },
      },
    }),
    async (c) => c.json({ staff: await listStaff(db), roles: options.roles }),
  );

  router.post(
    '/',
    adminRoute({
      summary: 'Invite a staff member by e-mail',
      description: `Creates the account and mails a link with which the person sets their own password, once, within ${INVITATION_LINK_DAYS} days. Nobody else ever learns a password.`,
      body: createBody,
      responses: {
        201: {
          description: 'Created; the invitation is on its way (absent when a password was given)',
          schema: z.object({ user: staffRecordSchema, invitation: invitationSchema.optional() }),
        },
        409: { description: 'The e-mail is taken (`email_taken`)' },
        503: {
          description:
            'No address for the link: CITY_APP_PUBLIC_URL is not set (`invitation_needs_public_url`)',
        },
      },
    }),
    async (c) => {
      const input = validated<z.infer<typeof createBody>>(c, 'body');
      if (input.password)
        await refuseWeakPassword(input.password, { townWords, email: input.email }, 'password');
      // Checked before anything is written: an account nobody can be invited to is no use.
      const origin = input.password ? undefined : originOf(c);
      const user = await insertStaff(db, {
        email: input.email,
        name: input.name,
        roles: [...new Set(input.roles)],
        // Without a password of their own, the account holds a random one nobody is told.
        passwordHash: await hashPassword(input.password ?? generatePassword()),
        mustChangePassword: !input.password,
      });
      if (!user) throw emailTaken(input.email);
      if (!origin) return c.json({ user }, 201);
      const invitation = await invite(c, user, origin);
      return c.json({ user, invitation }, 201);
    },
  );

  router.post(
    '/:id/invitation',
    adminRoute({
      summary: 'Send an invitation again',
      description: `A new link valid for ${INVITATION_LINK_DAYS} days; earlier links of the account stop working.`,
      params: idParams,
      responses: {
        202: { description: 'The invitation is on its way', schema: invitationSchema },
        404: noSuchAccount,
        409: { description: 'The account is deactivated (`staff_deactivated`)' },
        503: { description: 'CITY_APP_PUBLIC_URL is not set (`invitation_needs_public_url`)' },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      const origin = originOf(c);
      const user = await findStaff(db, id);
      if (user.deactivatedAt) throw cityError('staff_deactivated', { name: user.name });
      return c.json(await invite(c, user, origin), 202);
    },
  );

  router.patch(
    '/:id',
    adminRoute({
      summary: "Change a staff account's name or roles",
      description: 'Role changes apply to live sessions at once.',
      params: idParams,
      body: patchBody,
      responses: {
        200: accountAnswer('Changed'),
        404: noSuchAccount,
        409: {
          description:
            'Would leave no active administrator (`last_admin`) or take your own administration role (`cannot_demote_self`)',
        },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      const input = validated<z.infer<typeof patchBody>>(c, 'body');
      const roles = input.roles ? [...new Set(input.roles)] : undefined;
      const user = await db.transaction((tx) =>
        changeStaff(tx, id, { name: input.name, roles }, c.get('user')?.id),
      );
      return c.json({ user });
    },
  );

  router.post(
    '/:id/deactivate',
    adminRoute({
      summary: 'Deactivate a staff account',
      description:
        'It cannot sign in any more, its sessions end at once and its open links stop working. The account and what it did stay.',
      params: idParams,
      responses: {
        200: accountAnswer('Deactivated'),
        404: noSuchAccount,
        409: {
          description:
            'Your own account (`cannot_deactivate_self`) or the last active administrator (`last_admin`)',
        },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      const user = await db.transaction((tx) => deactivateStaff(tx, id, c.get('user')?.id));
      return c.json({ user });
    },
  );

  router.post(
    '/:id/reactivate',
    adminRoute({
      summary: 'Reactivate a staff account',
      description: 'It can sign in again with its password.',
      params: idParams,
      responses: {
        200: accountAnswer('Active again'),
        404: noSuchAccount,
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      return c.json({ user: await reactivateStaff(db, id) });
    },
  );

  router.delete(
    '/:id',
    adminRoute({
      summary: 'Delete a staff account',
      description:
        'Ends its sessions. You cannot delete your own account. Deactivating keeps the account and its history; prefer it.',
      params: idParams,
      responses: {
        204: { description: 'Deleted' },
        404: noSuchAccount,
        409: { description: 'Your own account (`cannot_delete_self`)' },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      if (id === c.get('user')?.id) {
        throw cityError('cannot_delete_self');
      }
      const { rowCount } = await db.query('delete from city_app_users where id = $1', [id]);
      if (!rowCount) throw staffNotFound();
      return c.body(null, 204);
    },
  );

  return router;
}
