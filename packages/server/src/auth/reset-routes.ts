import { cityError } from '@city-app/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { clientIp, type KernelEnv } from '../http/context.js';
import { requestLocale } from '../http/request-locale.js';
import type { Database } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';
import { mailLinkOrigin } from './link-origin.js';
import { authTranslator } from './messages.js';
import { hashPassword } from './password.js';
import { newPasswordSchema, refuseWeakPassword, townWords } from './password-policy.js';
import {
  consumeResetToken,
  createResetToken,
  RESET_LINK_MINUTES,
  resetLink,
} from './password-reset.js';
import { admitResetRequest, RESET_LIMITS } from './rate-limit.js';
import type { AuthRouteOptions } from './routes.js';
import { hashToken } from './sessions.js';
import { normalizeEmail } from './users.js';

const requestBody = z.object({ email: z.string().trim().min(1).max(320) });

const confirmBody = z.object({
  token: z.string().min(1).max(200).describe('The token from the link in the e-mail.'),
  newPassword: newPasswordSchema,
});

/** How long a refused reset request waits, as the rate limit's window says. */
const RESET_RETRY_MINUTES = 15;

/** `/api/auth/password-reset`: a link by e-mail, then a new password with that link. */
export function passwordResetRoutes(db: Database, options: AuthRouteOptions): Hono<KernelEnv> {
  const { settings, mailer, city, log } = options;
  const router = new Hono<KernelEnv>();

  router.post(
    '/',
    describeRoute({
      summary: 'Ask for a password-reset link',
      description: `Sends a link to the staff account's address that sets a new password once, within ${RESET_LINK_MINUTES} minutes. Answers the same whether or not there is such an account. At most ${RESET_LIMITS.perEmail} requests per e-mail and ${RESET_LIMITS.perAddress} per client address in 15 minutes.`,
      tags: ['auth'],
      body: requestBody,
      responses: {
        202: { description: 'Accepted; a link is on its way if the account exists' },
        429: { description: 'Asked too often (`too_many_attempts`)' },
      },
    }),
    async (c) => {
      const input = validated<z.infer<typeof requestBody>>(c, 'body');
      const email = normalizeEmail(input.email);
      if (!(await admitResetRequest(db, email, clientIp(c, settings)))) {
        const error = cityError('reset_requested_too_often', { minutes: RESET_RETRY_MINUTES });
        return c.json(error.toJSON(requestLocale(c.req.header('accept-language'))), 429, {
          'Retry-After': String(RESET_RETRY_MINUTES * 60),
        });
      }
      const { rows } = await db.query<{ id: string }>(
        'select id from city_app_users where email = $1 and deactivated_at is null',
        [email],
      );
      const user = rows[0];
      const origin = mailLinkOrigin(c, settings);
      if (user && !origin) {
        log.error(
          'A password reset was asked for, but no link can be sent: set CITY_APP_PUBLIC_URL to the address staff open, e.g. https://app.example.de',
        );
      } else if (user && origin) {
        const { token, expiresAt } = await createResetToken(db, user.id);
        mailer.send(email, 'passwordReset', {
          link: resetLink(origin, token),
          expires: expiresAt.toISOString().slice(11, 16),
        });
      }
      return c.json(
        { message: authTranslator(c)('resetRequested.message', { minutes: RESET_LINK_MINUTES }) },
        202,
      );
    },
  );

  router.post(
    '/confirm',
    describeRoute({
      summary: 'Set a new password with a reset link',
      description:
        'Uses up the token, sets the password, ends every session of the account and forgives its failed logins.',
      tags: ['auth'],
      secret: { kind: 'password-reset', in: 'body', name: 'token' },
      body: confirmBody,
      responses: {
        204: { description: 'Password set; log in with it' },
        400: {
          description:
            'Unknown, used or expired token (`reset_invalid`) or weak password (`weak_password`)',
        },
      },
    }),
    async (c) => {
      const input = validated<z.infer<typeof confirmBody>>(c, 'body');
      const invalid = () => cityError('reset_invalid', {}, { field: 'token' });
      // Looked at first without using it up, so a refused weak password keeps the link valid.
      const { rows } = await db.query<{ email: string }>(
        `select u.email from city_app_password_resets r join city_app_users u on u.id = r.user_id
          where r.token_hash = $1 and r.used_at is null and r.expires_at > now()
            and u.deactivated_at is null`,
        [hashToken(input.token)],
      );
      const holder = rows[0];
      if (!holder) throw invalid();
      await refuseWeakPassword(
        input.newPassword,
        { townWords: townWords(city), email: holder.email },
        'newPassword',
      );
      const hash = await hashPassword(input.newPassword);
      const done = await db.transaction(async (tx) => {
        const reset = await consumeResetToken(tx, input.token);
        if (!reset) return false;
        await tx.query(
          'update city_app_users set password_hash = $1, must_change_password = false, updated_at = now() where id = $2',
          [hash, reset.userId],
        );
        await tx.query('delete from city_app_sessions where user_id = $1', [reset.userId]);
        await tx.query("delete from city_app_login_attempts where email = $1 and kind = 'login'", [
          reset.email,
        ]);
        return true;
      });
      if (!done) throw invalid();
      return c.body(null, 204);
    },
  );

  return router;
}
