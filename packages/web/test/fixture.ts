import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CityConfig, type CityConfigInput, defineCity } from '@city-app/core';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { cityApp } from '../src/vite.js';

/**
 * A throwaway town project ("Testhausen") with one fake module, built with the real Vite
 * plugin. It lives inside this package (gitignored) so that react, vite and @city-app/*
 * resolve from the package's own node_modules.
 */
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Option values that must not reach the browser: one its module's schema keeps to the server, one of a switched-off module. */
export const SERVER_ONLY_OPTION = 'geheim-7f3a91c2-nur-fuer-den-server';
export const SWITCHED_OFF_OPTION = 'geheim-52be0d44-abgeschaltet';

export const townInput = {
  town: { name: 'Testhausen', state: 'DE-MV' },
  branding: {
    appName: 'Testhausen App',
    primaryColor: '#8a1538',
    onPrimaryColor: '#ffffff',
    logo: 'logo.svg',
  },
  legal: {
    imprint: {
      organisation: 'Stadt Testhausen',
      address: 'Markt 1\n19230 Testhausen',
      email: 'rathaus@testhausen.example',
      phone: '+49 3883 0000',
    },
    privacy: {
      controller: 'Stadt Testhausen, Markt 1, 19230 Testhausen',
      email: 'datenschutz@testhausen.example',
    },
    accessibility: {
      contactEmail: 'barrierefrei@testhausen.example',
      contactPhone: '+49 3883 0001',
      statementDate: '2025-05-01',
      enforcementBody: {
        name: 'Schlichtungsstelle des Landes',
        url: 'https://schlichtung.example',
      },
    },
    feedbackEmail: 'feedback@testhausen.example',
  },
  areas: [
    { id: 'altstadt', name: 'Altstadt' },
    { id: 'neudorf', name: 'Neudorf' },
  ],
  modules: {
    hinweise: { ueberschrift: 'Aktuelles aus dem Rathaus', zugangsschluessel: SERVER_ONLY_OPTION },
    archiv: { enabled: false, zugangsschluessel: SWITCHED_OFF_OPTION },
  },
} satisfies CityConfigInput;

const files: Record<string, string> = {
  'index.html': `<!doctype html>
<html>
  <head><meta charset="utf-8" /><title>Testhausen App</title></head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`,
  // Plain shapes and text: the build puts it into the header inline.
  'public/logo.svg': `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Testhausen">
  <rect width="64" height="64" rx="14" fill="#8a1538"/>
  <text x="32" y="44" text-anchor="middle" font-size="34" fill="#ffffff">T</text>
</svg>
`,
  'city.config.ts': `import { defineCity } from '@city-app/core';
export default defineCity(${JSON.stringify(townInput)});
`,
  'main.tsx': `import { createCityWeb } from '@city-app/web';
import config from './city.config';
createCityWeb(config);
`,
  // As the toolkit's modules do, the web part takes the module's plain-data meta, not the
  // manifest with its config schema, so no validation library reaches the browser.
  'hinweise.tsx': `import { defineModuleMeta } from '@city-app/core';
import { defineHomeWidget, defineWebModule } from '@city-app/web/module';
import type { Notices } from './hinweise-widget';
const meta = defineModuleMeta({
  id: 'hinweise',
  title: { de: 'Hinweise', en: 'Notices' },
  description: { de: 'Hinweise der Stadt', en: 'Notices from the town' },
  field: 'administration',
  personalData: [],
  messages: { de: { 'hinweise.empty': 'Keine Hinweise' }, en: { 'hinweise.empty': 'No notices' } },
  screens: { resident: ['', ':id'] },
});
export default defineWebModule({
  manifest: meta,
  screens: { '': () => import('./hinweise-screen'), ':id': () => import('./hinweise-screen') },
  // Its data is loaded by the shell as the app opens; its code on demand.
  homeWidget: defineHomeWidget({
    data: (api) => api.get<Notices>('/api/hinweise'),
    component: () => import('./hinweise-widget'),
  }),
});
`,
  // The module's manifest with its config schema, read at build time only: the access key
  // is the server's, so the options its screens get leave it out.
  'hinweise-manifest.mjs': `import { defineModule } from '@city-app/core';
import { z } from 'zod';
export default defineModule({
  id: 'hinweise',
  title: { de: 'Hinweise', en: 'Notices' },
  description: { de: 'Hinweise der Stadt', en: 'Notices from the town' },
  field: 'administration',
  messages: { de: {}, en: {} },
  personalData: [],
  configSchema: z
    .object({ ueberschrift: z.string().default('Hinweise'), zugangsschluessel: z.string().optional() })
    .transform(({ zugangsschluessel: _, ...forScreens }) => forScreens),
});
`,
  'hinweise-widget.tsx': `import { type HomeWidgetProps, useCity } from '@city-app/web';
export interface Notices { items: { title: string }[] }
export default function Widget({ data }: HomeWidgetProps<Notices>) {
  const { t } = useCity();
  if (!data.items.length) return <p>{t('hinweise.empty')}</p>;
  return <ul>{data.items.map((item) => <li key={item.title}>{item.title}</li>)}</ul>;
}
`,
  'hinweise-screen.tsx': `import { plainText } from '@city-app/core';
import { PageHeading } from '@city-app/ui';
import { useCity } from '@city-app/web';
// A deliberately large screen: it must stay out of the home screen's JavaScript. It checks
// its address with core's schemas, as a form would, so the schema library is in the build
// and must stay with this screen.
const LONG_TEXT = ${JSON.stringify('Hinweis. '.repeat(4000))};
const idSchema = plainText().max(40);
export default function Screen({ params }: { params: Record<string, string> }) {
  const { t } = useCity();
  const id = idSchema.safeParse(params.id ?? '').success ? params.id : '';
  return <><PageHeading>Hinweise {id ?? ''}</PageHeading><p>{t('hinweise.empty')}</p><p hidden>{LONG_TEXT}</p></>;
}
`,
};

export interface BuiltTown {
  root: string;
  outDir: string;
  config: CityConfig;
  output: Rolldown.RolldownOutput;
  remove(): void;
}

/**
 * Builds the test town. `prerender: true` (React adopting the prerendered home screen) is
 * the default of these tests; without it, the town's default build (Preact's compatibility
 * layer, plain page).
 */
export async function buildTestTown({ prerender = true } = {}): Promise<BuiltTown> {
  const root = mkdtempSync(join(packageRoot, '.build-test-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), content);
    }
    const config = defineCity(townInput);
    // vitest sets NODE_ENV=test, which would give React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const result = await build({
      mode: 'production',
      root,
      configFile: false,
      logLevel: 'silent',
      resolve: {
        alias: [
          { find: /^@city-app\/web$/, replacement: join(packageRoot, 'src/index.ts') },
          { find: /^@city-app\/web\/module$/, replacement: join(packageRoot, 'src/module.ts') },
          // As if the module's package were installed: the plugin reads its manifest.
          {
            find: /^@city-app\/module-hinweise$/,
            replacement: join(root, 'hinweise-manifest.mjs'),
          },
        ],
      },
      plugins: [
        cityApp({
          config,
          modules: ['/hinweise.tsx'],
          prerender,
          serviceWorker: {
            importScripts: ['/push-sw.js'],
            files: [{ fileName: 'push-sw.js', source: '// push handler\n' }],
          },
        }),
        react(),
      ],
    }).finally(() => {
      process.env.NODE_ENV = nodeEnv;
    });
    const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
    return {
      root,
      outDir: join(root, 'dist/web'),
      config,
      output,
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
