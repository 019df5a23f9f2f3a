import { fileURLToPath } from 'node:url';
import { runCityApp } from '@city-app/cli';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// Checked as `city-app config validate` checks it, without importing city.config.ts: its
// defineCity() would throw at import, before any test ran, and show only the first problem.
describe('the town configuration', () => {
  it('is valid: the town, its legal pages and every module’s options', async () => {
    let output = '';
    const collect = (text: string) => {
      output += text;
    };
    const code = await runCityApp(['config', 'validate'], {
      cwd: root,
      terminal: false,
      stdout: collect,
      stderr: collect,
    });
    expect(code, `city.config.ts has problems:\n${output}`).toBe(0);
  });
});
