import { type CityAppError, cityError, errors } from '@city-app/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { refuseWeakPassword } from '../auth/password-policy.js';
import {
  emailTaken,
  insertStaff,
  type StaffRecord,
  toStaffRecord,
  USER_COLUMNS,
} from '../auth/users.js';
import type { KernelEnv } from '../http/context.js';
import type { Database, Queryable } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';

const staffRecordSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z.boolean(),
  createdAt: z.string().describe('ISO 8601 time the account was created.'),
});

const idParams = z.object({ id: z.uuid({ message: 'Use the id of a staff account (a UUID).' }) });

function lastAdmin(): CityAppError {
  return cityError('last_admin', {}, { field: 'roles' });
}

/** Locks the administrators' rows, so two admins cannot demote each other at once. */
async function adminIds(tx: Queryable): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    "select id from city_app_users where 'admin' = any(roles) for update",
  );
  return rows.map((r) => r.id);
}

/** `/api/staff`: staff accounts and their roles, for administrators. */
export function staffRoutes(
  db: Database,
  roles: readonly string[],
  townWords: readonly string[],
): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();
  const role = z.enum(roles as [string, ...string[]]);
  const createBody = z.object({
    email: z.email({ message: 'Use an e-mail address such as name@example.de.' }).max(320),
    name: z.string().trim().min(1).max(100),
    roles: z
      .array(role)
      .min(1)
      .describe(`Any of: ${roles.join(', ')}. "admin" implies every role.`),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH)
      .max(1024)
      .optional()
      .describe('Leave out to get a one-time password that must be changed at first login.'),
  });
  const patchBody = z.object({
    name: z.string().trim().min(1).max(100).optional(),
    roles: z.array(role).min(1).optional(),
  });

  router.get(
    '/',
    describeRoute({
      summary: 'List staff accounts',
      tags: ['staff'],
      role: 'admin',
      responses: {
        200: {
          description: 'All staff accounts',
          schema: z.object({ staff: z.array(staffRecordSchema) }),
        },
      },
    }),
    async (c) => {
      const { rows } = await db.query<Parameters<typeof toStaffRecord>[0]>(
        `select ${USER_COLUMNS} from city_app_users order by email`,
      );
      return c.json({ staff: rows.map(toStaffRecord) });
    },
  );

  router.post(
    '/',
    describeRoute({
      summary: 'Create a staff account',
      tags: ['staff'],
      role: 'admin',
      body: createBody,
      responses: {
        201: {
          description: 'Created; oneTimePassword is present (once) when no password was given',
          schema: z.object({ user: staffRecordSchema, oneTimePassword: z.string().optional() }),
        },
        409: { description: 'The e-mail is taken (`email_taken`)' },
      },
    }),
    async (c) => {
      const input = validated<z.infer<typeof createBody>>(c, 'body');
      if (input.password)
        await refuseWeakPassword(input.password, { townWords, email: input.email }, 'password');
      const oneTimePassword = input.password ? undefined : generatePassword();
      const user = await insertStaff(db, {
        email: input.email,
        name: input.name,
        roles: [...new Set(input.roles)],
        passwordHash: await hashPassword(input.password ?? (oneTimePassword as string)),
        mustChangePassword: !input.password,
      });
      if (!user) throw emailTaken(input.email);
      return c.json({ user, ...(oneTimePassword ? { oneTimePassword } : {}) }, 201);
    },
  );

  router.patch(
    '/:id',
    describeRoute({
      summary: "Change a staff account's name or roles",
      tags: ['staff'],
      role: 'admin',
      params: idParams,
      body: patchBody,
      responses: {
        200: { description: 'Changed', schema: z.object({ user: staffRecordSchema }) },
        404: { description: 'No such account (`not_found`)' },
        409: { description: 'Would remove the last administrator (`last_admin`)' },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      const input = validated<z.infer<typeof patchBody>>(c, 'body');
      const user = await db.transaction(async (tx): Promise<StaffRecord> => {
        const admins = await adminIds(tx);
        const { rows } = await tx.query<Parameters<typeof toStaffRecord>[0]>(
          `update city_app_users set name = coalesce($2, name), roles = coalesce($3, roles), updated_at = now()
            where id = $1 returning ${USER_COLUMNS}`,
          [id, input.name ?? null, input.roles ? [...new Set(input.roles)] : null],
        );
        const row = rows[0];
        if (!row) throw errors.notFound('The staff account');
        if (admins.includes(id) && admins.length === 1 && !row.roles.includes('admin'))
          throw lastAdmin();
        return toStaffRecord(row);
      });
      return c.json({ user });
    },
  );

  router.delete(
    '/:id',
    describeRoute({
      summary: 'Delete a staff account',
      description: 'Ends its sessions. You cannot delete your own account.',
      tags: ['staff'],
      role: 'admin',
      params: idParams,
      responses: {
        204: { description: 'Deleted' },
        404: { description: 'No such account (`not_found`)' },
        409: { description: 'Your own account (`cannot_delete_self`)' },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      if (id === c.get('user')?.id) {
        throw cityError('cannot_delete_self');
      }
      const { rowCount } = await db.query('delete from city_app_users where id = $1', [id]);
      if (!rowCount) throw errors.notFound('The staff account');
      return c.body(null, 204);
    },
  );

  return router;
}
