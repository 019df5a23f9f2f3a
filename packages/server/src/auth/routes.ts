import { CityAppError } from '@city-app/core';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { clientIp, isHttps, type KernelEnv, type RequestSettings } from '../http/context.js';
import type { Database } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { clearFailedLogins, loginRetryAfter, recordFailedLogin } from './rate-limit.js';
import {
  CSRF_COOKIE,
  createSession,
  deleteOtherSessions,
  deleteSession,
  SESSION_COOKIE,
  type StaffSession,
} from './sessions.js';
import { normalizeEmail } from './users.js';

export const staffUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z.boolean().describe('True until the one-time password is replaced.'),
});

const loginBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

const passwordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH)
    .max(1024)
    .describe(`At least ${MIN_PASSWORD_LENGTH} characters.`),
});

// Compared against when the e-mail is unknown, so both cases take the same time.
const dummyHash = hashPassword('city-app timing equaliser');

function tooManyAttempts(retryAfter: number): Response {
  const minutes = Math.ceil(retryAfter / 60);
  return Response.json(
    {
      code: 'too_many_attempts',
      message: `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    { status: 429, headers: { 'Retry-After': String(retryAfter) } },
  );
}

function invalidCredentials(field?: string): CityAppError {
  return new CityAppError({
    code: 'invalid_credentials',
    title: 'Login failed',
    message: field ? 'The current password is wrong.' : 'E-mail or password is wrong.',
    ...(field ? { field } : {}),
    status: field ? 400 : 401,
  });
}

function loggedIn(session: StaffSession | null): StaffSession {
  if (!session) {
    throw new CityAppError({
      code: 'unauthenticated',
      title: 'Login required',
      message: 'This needs a staff login.',
      hint: 'Log in at /admin and try again.',
      status: 401,
    });
  }
  return session;
}

/** `/api/auth`: login, logout, the current user and changing one's own password. */
export function authRoutes(db: Database, settings: RequestSettings): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();

  router.post(
    '/login',
    describeRoute({
      summary: 'Log in as staff',
      description:
        'Sets the session cookie (HttpOnly) and the city_app_csrf cookie. Send the returned csrfToken as X-CSRF-Token with every unsafe request. At most 5 failed attempts per e-mail and 20 per client in 15 minutes.',
      tags: ['auth'],
      body: loginBody,
      responses: {
        200: {
          description: 'Logged in',
          schema: z.object({ user: staffUserSchema, csrfToken: z.string() }),
        },
        401: { description: 'Wrong e-mail or password (`invalid_credentials`)' },
        429: { description: 'Too many failed attempts (`too_many_attempts`); see Retry-After' },
      },
    }),
    async (c) => {
      const input = validated<z.infer<typeof loginBody>>(c, 'body');
      const email = normalizeEmail(input.email);
      const ip = clientIp(c, settings);
      const retryAfter = await loginRetryAfter(db, email, ip);
      if (retryAfter > 0) return tooManyAttempts(retryAfter);
      const { rows } = await db.query<{ id: string; password_hash: string }>(
        'select id, password_hash from city_app_users where email = $1',
        [email],
      );
      const row = rows[0];
      const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash));
      if (!row || !ok) {
        await recordFailedLogin(db, email, ip);
        throw invalidCredentials();
      }
      await clearFailedLogins(db, email);
      const { token, csrfToken, expiresAt } = await createSession(db, row.id);
      const secure = isHttps(c, settings);
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure,
        expires: expiresAt,
      });
      setCookie(c, CSRF_COOKIE, csrfToken, {
        httpOnly: false,
        sameSite: 'Lax',
        path: '/',
        secure,
        expires: expiresAt,
      });
      const { rows: users } = await db.query<{
        id: string;
        email: string;
        name: string;
        roles: string[];
        must_change_password: boolean;
      }>('select id, email, name, roles, must_change_password from city_app_users where id = $1', [
        row.id,
      ]);
      const user = users[0];
      if (!user) throw invalidCredentials();
      return c.json({
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          roles: user.roles,
          mustChangePassword: user.must_change_password,
        },
        csrfToken,
      });
    },
  );

  router.post(
    '/logout',
    describeRoute({
      summary: 'Log out',
      description:
        'Ends the current session and clears its cookies. Answers 204 also without a session.',
      tags: ['auth'],
      responses: { 204: { description: 'Logged out' } },
    }),
    async (c) => {
      const session = c.get('session');
      if (session) await deleteSession(db, session.tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      deleteCookie(c, CSRF_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  router.get(
    '/me',
    describeRoute({
      summary: 'The logged-in staff member',
      tags: ['auth'],
      responses: {
        200: {
          description: 'Logged in',
          schema: z.object({ user: staffUserSchema, csrfToken: z.string() }),
        },
        401: { description: 'Not logged in (`unauthenticated`)' },
      },
    }),
    (c) => {
      const session = loggedIn(c.get('session'));
      return c.json({ user: session.user, csrfToken: session.csrfToken });
    },
  );

  router.post(
    '/password',
    describeRoute({
      summary: 'Change your own password',
      description: `Needs the current password; the new one needs at least ${MIN_PASSWORD_LENGTH} characters. Ends your other sessions.`,
      tags: ['auth'],
      body: passwordBody,
      responses: {
        204: { description: 'Changed' },
        401: { description: 'Not logged in (`unauthenticated`)' },
        429: { description: 'Too many wrong current passwords (`too_many_attempts`)' },
      },
    }),
    async (c) => {
      const session = loggedIn(c.get('session'));
      const input = validated<z.infer<typeof passwordBody>>(c, 'body');
      const ip = clientIp(c, settings);
      const retryAfter = await loginRetryAfter(db, session.user.email, ip);
      if (retryAfter > 0) return tooManyAttempts(retryAfter);
      const { rows } = await db.query<{ password_hash: string }>(
        'select password_hash from city_app_users where id = $1',
        [session.user.id],
      );
      if (
        !(await verifyPassword(input.currentPassword, rows[0]?.password_hash ?? (await dummyHash)))
      ) {
        await recordFailedLogin(db, session.user.email, ip);
        throw invalidCredentials('currentPassword');
      }
      if (input.newPassword === input.currentPassword) {
        throw new CityAppError({
          code: 'validation_failed',
          title: 'Invalid input',
          message: 'newPassword: must differ from the current password.',
          field: 'newPassword',
          status: 400,
        });
      }
      const hash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await tx.query(
          'update city_app_users set password_hash = $1, must_change_password = false, updated_at = now() where id = $2',
          [hash, session.user.id],
        );
        await deleteOtherSessions(tx, session.user.id, session.tokenHash);
      });
      return c.body(null, 204);
    },
  );

  return router;
}
