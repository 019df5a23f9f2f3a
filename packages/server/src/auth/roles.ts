import type { Localized } from '@city-app/core';
import type { StaffUser } from '../module.js';

/** The kernel's roles; modules add theirs in `manifest.roles`. */
export const KERNEL_ROLES = ['admin', 'editor'] as const;

/** The kernel's roles in words, for the staff list and the invitation form. */
export const KERNEL_ROLE_TITLES: Record<(typeof KERNEL_ROLES)[number], Localized> = {
  admin: { de: 'Administration (alle Bereiche)', en: 'Administration (every area)' },
  editor: { de: 'Redaktion', en: 'Editorial' },
};

/** `admin` implies every role. */
export function hasRole(user: Pick<StaffUser, 'roles'> | null | undefined, role: string): boolean {
  return Boolean(user && (user.roles.includes('admin') || user.roles.includes(role)));
}
