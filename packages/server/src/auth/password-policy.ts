import { type Bilingual, cityError } from '@city-app/core';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password.js';

/** A new password in a request body; the rest of the policy is `refuseWeakPassword`. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(1024)
  .describe(
    `At least ${MIN_PASSWORD_LENGTH} characters; not a common password, not the town's name.`,
  );

/** Why a password is refused; each reason has a text in the auth catalogue. */
export type WeakPasswordReason = 'short' | 'common' | 'town' | 'email';

/** What the person and the town are called: words an attacker tries first. */
export interface PasswordContext {
  /** The town's name, slug and app name. */
  townWords: readonly string[];
  email?: string;
}

/** zxcvbn's scale: 3 is "safely unguessable" for an online attack, which is what we face. */
const MIN_SCORE = 3;
/** zxcvbn's cost grows with length; beyond this a password is not common anyway. */
const CHECKED_LENGTH = 100;
/** Town and address words shorter than this would refuse too much ("Au", "Loh"). */
const MIN_WORD_LENGTH = 4;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The dictionaries (a few MB) are loaded at the first password that is set, not at start. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, german] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-de'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...german.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })();
  return estimator;
}

/** Lower case, no accents or umlaut dots, letters and digits only: "Hage-NOW!" → "hagenow". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function containsWord(password: string, words: readonly string[]): boolean {
  const folded = fold(password);
  return words.some((word) => {
    const w = fold(word);
    return w.length >= MIN_WORD_LENGTH && folded.includes(w);
  });
}

/**
 * Null when the password may be used, else why not: too short, on zxcvbn's lists of common
 * passwords and words (German included) or otherwise easy to guess, or built from the town's
 * name or the account's own e-mail address.
 */
export async function weakPasswordReason(
  password: string,
  context: PasswordContext,
): Promise<WeakPasswordReason | null> {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'short';
  if (containsWord(password, context.townWords)) return 'town';
  const local = context.email?.split('@')[0] ?? '';
  if (containsWord(password, [local, ...local.split(/[._+-]/)])) return 'email';
  const zxcvbn = await loadEstimator();
  const result = zxcvbn.check(password.slice(0, CHECKED_LENGTH), [
    ...context.townWords,
    ...(context.email ? [context.email] : []),
  ]);
  return result.score < MIN_SCORE ? 'common' : null;
}

/** The words of the town that no staff password may contain. */
export function townWords(city: {
  town: { name: string; slug: string };
  branding: { appName: string };
}): string[] {
  return [city.town.name, city.town.slug, city.branding.appName];
}

/** Why a password is easy to guess, as "too easy to guess (…)" says it. */
export const WEAK_PASSWORD_REASONS: Record<Exclude<WeakPasswordReason, 'short'>, Bilingual> = {
  common: {
    de: 'es steht auf der Liste häufiger Passwörter',
    en: 'it is on the list of common passwords',
  },
  town: {
    de: 'es enthält den Namen der Stadt oder der App',
    en: 'it contains the name of the town or the app',
  },
  email: { de: 'es enthält die E-Mail-Adresse', en: 'it contains the e-mail address' },
};

/** Throws a 400 naming `field` and the reason for a weak password. */
export async function refuseWeakPassword(
  password: string,
  context: PasswordContext,
  field: string,
): Promise<void> {
  const reason = await weakPasswordReason(password, context);
  if (!reason) return;
  throw reason === 'short'
    ? cityError('password_too_short', { min: MIN_PASSWORD_LENGTH }, { field })
    : cityError(
        'weak_password',
        { reason: WEAK_PASSWORD_REASONS[reason], min: MIN_PASSWORD_LENGTH },
        { field },
      );
}
