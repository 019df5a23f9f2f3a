import type { Localized } from '@city-app/core';
import { KERNEL_ROLE_TITLES, KERNEL_ROLES } from '../auth/roles.js';
import type { ServerModule } from '../module.js';

/** A role staff can hold, in words: the kernel's, or one a module declares. */
export interface StaffRole {
  id: string;
  title: Localized;
  /** The module that declares it; absent for the kernel's roles. */
  module?: { id: string; title: Localized };
}

/**
 * The kernel's roles, then each module's with its title from the manifest, each id once (the
 * first declaration names it), so the staff screen can say every role in words.
 */
export function staffRoles(modules: readonly Pick<ServerModule, 'manifest'>[]): StaffRole[] {
  const roles: StaffRole[] = KERNEL_ROLES.map((id) => ({ id, title: KERNEL_ROLE_TITLES[id] }));
  for (const { manifest } of modules) {
    for (const role of manifest.roles) {
      if (roles.some((known) => known.id === role.id)) continue;
      roles.push({
        id: role.id,
        title: role.title,
        module: { id: manifest.id, title: manifest.title },
      });
    }
  }
  return roles;
}
