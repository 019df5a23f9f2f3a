import type { Queryable } from '../module.js';
import { createResetToken, resetLink } from './password-reset.js';
import type { StaffMailer } from './staff-mail.js';

/**
 * An invitation's link works this long, and once. Longer than a reset link: a new colleague
 * may read the mail only after a weekend or a few days off, and until the link is used the
 * account has no password anybody knows.
 */
export const INVITATION_LINK_DAYS = 7;

/**
 * Mails a new staff member a link to set their own password (the reset token, valid for
 * days): nobody, the inviting administrator included, ever knows a password of theirs.
 * Earlier links of the account stop working.
 */
export async function sendInvitation(
  db: Queryable,
  mailer: StaffMailer,
  invite: { userId: string; email: string; name: string; inviter: string; origin: string },
): Promise<{ expiresAt: Date }> {
  const { token, expiresAt } = await createResetToken(
    db,
    invite.userId,
    INVITATION_LINK_DAYS * 24 * 60,
  );
  mailer.send(invite.email, 'invitation', {
    name: invite.name,
    inviter: invite.inviter,
    email: invite.email,
    link: resetLink(invite.origin, token),
    expires: expiresAt.toISOString().slice(0, 16).replace('T', ' '),
  });
  return { expiresAt };
}
