import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageTests } from '@city-app/config/vitest';

// Tests load the module manifests from their sources, so they do not wait for every
// module's build (the manifests are isomorphic TypeScript).
const modulesRoot = fileURLToPath(new URL('../modules', import.meta.url));
const alias: Record<string, string> = {};
for (const folder of readdirSync(modulesRoot)) {
  try {
    const { name } = JSON.parse(readFileSync(join(modulesRoot, folder, 'package.json'), 'utf8'));
    alias[name] = join(modulesRoot, folder, 'src', 'index.ts');
  } catch {
    // not a package
  }
}

export default packageTests(
  { resolve: { alias } },
  { browserTests: ['test/e2e/generated-town.test.ts'] },
);
