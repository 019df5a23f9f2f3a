import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CityConfig } from '@city-app/core';
import { cityApp } from '@city-app/web/vite';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');

/**
 * Builds the test town's PWA with the real Vite plugin, the module's web part taken from its
 * sources. The output goes to a temporary folder; `remove()` deletes it.
 */
export async function buildTown(config: CityConfig): Promise<{ outDir: string; remove(): void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'experiment-space-web-'));
  // vitest sets NODE_ENV=test, which would give React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      root: join(here, 'town'),
      configFile: false,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
      resolve: {
        alias: [
          {
            find: /^@city-app\/module-experiment-space\/web$/,
            replacement: join(packageRoot, 'src/web/index.ts'),
          },
        ],
      },
      plugins: [cityApp({ config, modules: ['@city-app/module-experiment-space/web'] }), react()],
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
