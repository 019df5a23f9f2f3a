import type { CityConfig } from '@city-app/core';
import type { AppIcon } from './icons.js';

export const MANIFEST_FILE = 'manifest.webmanifest';

/** The Web App Manifest that makes the town's app installable. */
export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
}

/** Home screens show about 12 characters under an icon. */
export function shortName(config: Pick<CityConfig, 'town' | 'branding'>): string {
  const appName = config.branding.appName ?? config.town.name;
  if (appName.length <= 12) return appName;
  if (config.town.name.length <= 12) return config.town.name;
  return appName.slice(0, 12).trim();
}

export function webAppManifest(
  config: Pick<CityConfig, 'town' | 'branding' | 'locales'>,
  icons: readonly AppIcon[],
): WebAppManifest {
  const appName = config.branding.appName ?? config.town.name;
  return {
    id: '/',
    name: appName,
    short_name: shortName(config),
    description: `${appName}: Nachrichten, Termine und Angebote für ${config.town.name} an einem Ort.`,
    lang: config.locales[0] ?? 'de',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: config.branding.primaryColor,
    background_color: '#ffffff',
    icons: icons.map((icon) => ({
      src: `/${icon.fileName}`,
      sizes: icon.sizes,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
