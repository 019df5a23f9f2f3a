import type { Locale } from '@city-app/core';

/**
 * What `city-app new module` says: in a town project in the town's language, elsewhere (a
 * city-app checkout, an empty folder) in English, the language of the module's code.
 */
export const NEW_MODULE_MESSAGES = {
  de: {
    dryRun: (count: number, folder: string) =>
      `Probelauf: ${count} Dateien würden nach ${folder} geschrieben:`,
    created: (pkg: string, folder: string, count: number) =>
      `✔ ${pkg} in ${folder} angelegt (${count} Dateien).`,
    dependsOn: (spec: string) => `package.json hängt jetzt davon ab (${spec}). Weiter mit:`,
    next: (pkg: string, id: string) =>
      `Weiter: pnpm install, pnpm --filter ${pkg} test, dann city-app add ${id} in einem Stadtprojekt.`,
  },
  en: {
    dryRun: (count: number, folder: string) => `Dry run: would write ${count} files to ${folder}:`,
    created: (pkg: string, folder: string, count: number) =>
      `✔ Created ${pkg} in ${folder} (${count} files).`,
    dependsOn: (spec: string) => `package.json now depends on it (${spec}). Next:`,
    next: (pkg: string, id: string) =>
      `Next: pnpm install, pnpm --filter ${pkg} test, then city-app add ${id} in a town project.`,
  },
} as const satisfies Record<Locale, unknown>;
