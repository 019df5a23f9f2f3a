/**
 * Follows the walkthrough of docs/modules.md as a module author would: runs its `city-app new
 * module` command, writes every file it shows (a code block whose first line is `// <path>`),
 * runs its shell steps, and so runs the module's own tests (a real kernel serving its routes)
 * and the type checker. When the contract or templates/module changes, this fails until the
 * walkthrough says how things are.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../test-support.js';

const exec = promisify(execFile);

interface Block {
  lang: string;
  code: string;
}

/** The fenced code blocks of the walkthrough section, in order. */
async function walkthroughBlocks(): Promise<Block[]> {
  const doc = await readFile(join(repoRoot, 'docs/modules.md'), 'utf8');
  const start = doc.indexOf('## Walkthrough');
  const end = doc.indexOf('\n## ', start + 1);
  expect(start, 'docs/modules.md has a "## Walkthrough" section').toBeGreaterThan(0);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] as string,
    code: m[2] as string,
  }));
}

/** Runs a command; a failure says what it printed (a compiler's errors go to stdout). */
async function run(file: string, args: string[], cwd: string) {
  try {
    return await exec(file, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'city-app-walkthrough-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the walkthrough of docs/modules.md', () => {
  it('makes a module whose tests pass in a real kernel and whose types check', async () => {
    // The dependencies a workspace install would give it: those of a module of this repository.
    const deps = join(repoRoot, 'packages/modules/news/node_modules');
    let folder: string | undefined;
    const written: string[] = [];
    const ran: string[] = [];
    for (const block of await walkthroughBlocks()) {
      if (block.lang === 'sh') {
        for (const line of block.code.split('\n').filter(Boolean)) {
          for (const command of line.split('&&').map((c) => c.trim())) {
            const [tool, ...args] = command.split(/\s+/);
            if (tool === 'city-app') {
              const made = await runCli([...args, '--json'], dir);
              expect(made.code, made.stdout + made.stderr).toBe(0);
              folder = made.json().folder as string;
              await symlink(deps, join(folder, 'node_modules'), 'dir');
            } else if (tool === 'rm' && folder) {
              await rm(join(folder, args[0] as string));
            } else if (command === 'pnpm test' && folder) {
              const tests = await run(
                process.execPath,
                [join(deps, 'vitest/vitest.mjs'), 'run'],
                folder,
              );
              ran.push(tests.stdout);
            } else if (command === 'pnpm typecheck' && folder) {
              await run(
                process.execPath,
                [join(deps, 'typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'],
                folder,
              );
              ran.push('typecheck');
            } else {
              throw new Error(`The walkthrough runs "${command}", which this test cannot follow.`);
            }
          }
        }
        continue;
      }
      const [first, ...rest] = block.code.split('\n');
      const path = /^\/\/ (src\/[\w./-]+)$/.exec(first ?? '')?.[1];
      // Blocks without a path line are excerpts, not files.
      if (!path || !folder) continue;
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), rest.join('\n'));
      written.push(path);
    }
    expect(folder, 'the walkthrough starts with `city-app new module`').toBeDefined();
    // What the walkthrough says stays as generated is so.
    expect(await readFile(join(folder as string, 'src/index.ts'), 'utf8')).toContain(
      'defineModule({ ...meta, configSchema })',
    );
    expect(written).toEqual(
      expect.arrayContaining(['src/meta.ts', 'src/server/routes.ts', 'src/server/routes.test.ts']),
    );
    expect(ran).toHaveLength(2);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes, should a terminal force them
    expect((ran[0] as string).replace(/\u001b\[\d+m/g, '')).toMatch(/Tests\s+4 passed \(4\)/);
  }, 600_000);
});
