import type { StaffUser } from '../module.js';

/** The kernel's roles; modules add theirs in `manifest.roles`. */
export const KERNEL_ROLES = ['admin', 'editor'] as const;

/** `admin` implies every role. */
export function hasRole(user: Pick<StaffUser, 'roles'> | null | undefined, role: string): boolean {
  return Boolean(user && (user.roles.includes('admin') || user.roles.includes(role)));
}
