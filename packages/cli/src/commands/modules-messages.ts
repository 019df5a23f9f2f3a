import type { Locale } from '@city-app/core';

/** What `city-app modules` says, in the town's language (see project/town-language.ts). */
export const MODULES_MESSAGES = {
  de: {
    header: { module: 'Modul', field: 'Handlungsfeld', status: 'Status' },
    enabled: 'eingeschaltet',
    switchedOff: 'ausgeschaltet',
    available: 'verfügbar',
    installed: (version: string | undefined) => `installiert${version ? ` ${version}` : ''}`,
    notInstalled: 'nicht installiert',
    noPackage: 'In city.config.ts eingetragen, aber kein Paket stellt es bereit.',
    addOne: 'Hinzufügen mit: city-app add <Modul>',
  },
  en: {
    header: { module: 'module', field: 'field of action', status: 'status' },
    enabled: 'enabled',
    switchedOff: 'switched off',
    available: 'available',
    installed: (version: string | undefined) => `installed${version ? ` ${version}` : ''}`,
    notInstalled: 'not installed',
    noPackage: 'Configured, but no package provides it.',
    addOne: 'Add one with: city-app add <module>',
  },
} as const satisfies Record<Locale, unknown>;
