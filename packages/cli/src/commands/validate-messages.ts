import type { Locale } from '@city-app/core';

/** What `city-app config validate` says beside the config's problems, in the town's language. */
export const VALIDATE_MESSAGES = {
  de: {
    valid: (file: string, modules: readonly string[]) =>
      `✔ ${file} ist gültig (Module: ${modules.join(', ') || 'keine'}).`,
    notInstalled: (pkg: string) => `sein Paket ${pkg} ist nicht installiert.`,
    install:
      'Installieren Sie die Abhängigkeiten (pnpm install) oder fügen Sie es mit city-app add richtig hinzu.',
    // The options' descriptions are English only; `explain` shows them.
    explain: (_description: string | undefined, field: string) =>
      `Siehe city-app config explain ${field}`,
  },
  en: {
    valid: (file: string, modules: readonly string[]) =>
      `✔ ${file} is valid (modules: ${modules.join(', ') || 'none'}).`,
    notInstalled: (pkg: string) => `its package ${pkg} is not installed.`,
    install: 'Run the package manager install (pnpm install), or city-app add to add it properly.',
    explain: (description: string | undefined, field: string) =>
      `${description ? `Expected: ${description} ` : ''}See city-app config explain ${field}`,
  },
} as const satisfies Record<Locale, unknown>;
