import { type Locale, localize, type Translate } from '@city-app/core';
import type { StaffRole } from './types.js';

/**
 * A role in words: its title, with its module's title for a module's role unless the two are
 * the same ("Abfallkalender", not "Abfallkalender (Abfallkalender)").
 */
export function roleWord(role: StaffRole, locale: Locale, t: Translate): string {
  const title = localize(role.title, locale);
  return role.module && localize(role.module.title, locale) !== title
    ? t('staffAccounts.role.module', { role: title, module: localize(role.module.title, locale) })
    : title;
}

/** An account's roles in words, in the order the server lists the roles there are. */
export function rolesInWords(
  ids: readonly string[],
  roles: readonly StaffRole[],
  locale: Locale,
  t: Translate,
): string {
  const known = roles.filter((role) => ids.includes(role.id)).map((r) => roleWord(r, locale, t));
  // A module that was switched off leaves its role on accounts: named, not hidden.
  const unknown = ids
    .filter((id) => !roles.some((role) => role.id === id))
    .map((id) => t('staffAccounts.role.unknown', { id }));
  return [...known, ...unknown].join(', ');
}
