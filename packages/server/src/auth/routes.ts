import { type CityConfig, cityError } from '@city-app/core';
import { type Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { clientIp, isHttps, type KernelEnv, type RequestSettings } from '../http/context.js';
import { requestLocale } from '../http/request-locale.js';
import type { Database, Logger } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { newPasswordSchema, refuseWeakPassword, townWords } from './password-policy.js';
import { admitLoginAttempt, claimLoginAlert, LOGIN_LIMITS, loginSucceeded } from './rate-limit.js';
import { passwordResetRoutes } from './reset-routes.js';
import {
  CSRF_COOKIE,
  createSession,
  deleteOtherSessions,
  deleteSession,
  SESSION_COOKIE,
  type StaffSession,
} from './sessions.js';
import type { StaffMailer } from './staff-mail.js';
import { normalizeEmail } from './users.js';

/** Paths that need no CSRF token: nobody is logged in yet (the Origin check still applies). */
export const AUTH_EXEMPT_FROM_CSRF_TOKEN = [
  '/api/auth/login',
  '/api/auth/password-reset',
  '/api/auth/password-reset/confirm',
] as const;

export interface AuthRouteOptions {
  settings: RequestSettings;
  mailer: StaffMailer;
  city: CityConfig;
  log: Logger;
}

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
  newPassword: newPasswordSchema,
});

// Compared against when the e-mail is unknown, so both cases take the same time.
const dummyHash = hashPassword('city-app timing equaliser');

function tooManyAttempts(c: Context, retryAfter: number, reason: 'address' | 'account') {
  const minutes = Math.ceil(retryAfter / 60);
  const error =
    reason === 'address'
      ? cityError('too_many_attempts', { minutes })
      : cityError('account_slowed_down', { seconds: retryAfter });
  return c.json(error.toJSON(requestLocale(c.req.header('accept-language'))), 429, {
    'Retry-After': String(retryAfter),
  });
}

function invalidCredentials(field?: string) {
  return field
    ? cityError('wrong_current_password', {}, { field })
    : cityError('invalid_credentials');
}

function loggedIn(session: StaffSession | null): StaffSession {
  if (!session) {
    throw cityError('unauthenticated');
  }
  return session;
}

/**
 * `/api/auth`: login, logout, the current user, changing one's own password and resetting
 * a forgotten one by e-mail.
 */
export function authRoutes(db: Database, options: AuthRouteOptions): Hono<KernelEnv> {
  const { settings, mailer, city } = options;
  const router = new Hono<KernelEnv>();

  /** After a failure: the account's holder hears of it once when the slowdown starts. */
  async function afterFailure(email: string) {
    if (!(await claimLoginAlert(db, email))) return;
    mailer.send(email, 'loginAlert', {
      email,
      failures: LOGIN_LIMITS.slowAccountFrom,
      minutes: LOGIN_LIMITS.windowMinutes,
    });
  }

  router.post(
    '/login',
    describeRoute({
      summary: 'Log in as staff',
      description: `Sets the session cookie (HttpOnly) and the city_app_csrf cookie. Send the returned csrfToken as X-CSRF-Token with every unsafe request. At most ${LOGIN_LIMITS.perAccountAndAddress} failed attempts per account and client address and ${LOGIN_LIMITS.perAddress} per address in ${LOGIN_LIMITS.windowMinutes} minutes; from ${LOGIN_LIMITS.slowAccountFrom} failures on an account, from anywhere, its attempts are slowed down and its holder gets an e-mail.`,
      tags: ['auth'],
      secret: { kind: 'password', in: 'body', name: 'password' },
      body: loginBody,
      responses: {
        200: {
          description: 'Logged in',
          schema: z.object({ user: staffUserSchema, csrfToken: z.string() }),
        },
        401: { description: 'Wrong e-mail or password (`invalid_credentials`)' },
        403: { description: 'The account is deactivated (`account_deactivated`)' },
        429: {
          description:
            'Too many failed attempts from this address (`too_many_attempts`) or on this account (`account_slowed_down`); see Retry-After',
        },
      },
    }),
    async (c) => {
      const input = validated<z.infer<typeof loginBody>>(c, 'body');
      const email = normalizeEmail(input.email);
      const ip = clientIp(c, settings);
      const admission = await admitLoginAttempt(db, email, ip);
      if (!admission.admitted) return tooManyAttempts(c, admission.retryAfter, admission.reason);
      const { rows } = await db.query<{
        id: string;
        password_hash: string;
        deactivated: boolean;
      }>(
        'select id, password_hash, deactivated_at is not null as deactivated from city_app_users where email = $1',
        [email],
      );
      const row = rows[0];
      const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash));
      if (!row || !ok) {
        await afterFailure(email);
        throw invalidCredentials();
      }
      await loginSucceeded(db, admission.attemptId, email, ip);
      // Said only to whoever knows the password, so it tells a stranger nothing.
      if (row.deactivated) throw cityError('account_deactivated');
      await db.query('update city_app_users set last_login_at = now() where id = $1', [row.id]);
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
      signedIn: true,
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
      description: `Needs the current password; the new one needs at least ${MIN_PASSWORD_LENGTH} characters and must not be a common password or contain the town's name. Ends your other sessions.`,
      tags: ['auth'],
      signedIn: true,
      body: passwordBody,
      responses: {
        204: { description: 'Changed' },
        400: {
          description:
            'Wrong current password (`invalid_credentials`) or weak new one (`weak_password`)',
        },
        401: { description: 'Not logged in (`unauthenticated`)' },
        429: { description: 'Too many wrong current passwords (`too_many_attempts`)' },
      },
    }),
    async (c) => {
      const session = loggedIn(c.get('session'));
      const input = validated<z.infer<typeof passwordBody>>(c, 'body');
      const ip = clientIp(c, settings);
      const admission = await admitLoginAttempt(db, session.user.email, ip);
      if (!admission.admitted) return tooManyAttempts(c, admission.retryAfter, admission.reason);
      const { rows } = await db.query<{ password_hash: string }>(
        'select password_hash from city_app_users where id = $1',
        [session.user.id],
      );
      if (
        !(await verifyPassword(input.currentPassword, rows[0]?.password_hash ?? (await dummyHash)))
      ) {
        await afterFailure(session.user.email);
        throw invalidCredentials('currentPassword');
      }
      await loginSucceeded(db, admission.attemptId, session.user.email, ip);
      if (input.newPassword === input.currentPassword) {
        throw cityError('same_password', {}, { field: 'newPassword' });
      }
      await refuseWeakPassword(
        input.newPassword,
        { townWords: townWords(city), email: session.user.email },
        'newPassword',
      );
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

  router.route('/password-reset', passwordResetRoutes(db, options));

  return router;
}
