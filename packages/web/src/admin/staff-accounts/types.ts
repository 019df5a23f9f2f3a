import type { Localized } from '@city-app/core';

/** One staff account as the server lists it (`GET /api/staff`). */
export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  roles: string[];
  /** True until the person has set a password with the invitation's link. */
  mustChangePassword: boolean;
  createdAt: string;
  deactivatedAt: string | null;
  lastLoginAt: string | null;
}

/** A role there is: the kernel's, or one of a module (named with the module's title). */
export interface StaffRole {
  id: string;
  title: Localized;
  module?: { id: string; title: Localized };
}

export interface StaffList {
  staff: StaffAccount[];
  roles: StaffRole[];
}

/** The server's limits, checked before sending. */
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
