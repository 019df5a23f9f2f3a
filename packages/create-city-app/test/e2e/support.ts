// Helpers for the end-to-end tests: child processes without a terminal, free ports, a
// headless Chromium and axe-core, and cleanup that runs even when a test fails.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const cliPath = join(repoRoot, 'packages', 'create-city-app', 'dist', 'cli.js');

/** Things to undo after the tests, newest first; each runs even when an earlier one fails. */
export class Cleanup {
  private readonly steps: Array<() => Promise<void> | void> = [];

  add(step: () => Promise<void> | void): void {
    this.steps.unshift(step);
  }

  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of this.steps.splice(0)) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length) throw new AggregateError(errors, 'cleanup failed');
  }
}

export async function tempFolder(cleanup: Cleanup, prefix: string): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  cleanup.add(() => rm(path, { recursive: true, force: true }));
  return path;
}

/**
 * The environment for child processes: without the variables of the test runner, of the
 * package script that started it and of this repository's CI (`CITY_APP_TEST_NODE`, which
 * `city-app doctor` rightly names as a setting the server does not read), so the generated
 * project's own tools behave as they would in a town's terminal.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(VITEST|TEST$|NODE_ENV$|npm_package_|npm_lifecycle_|INIT_CWD$|PNPM_SCRIPT_SRC_DIR$|TURBO_|CITY_APP_TEST_NODE$)/.test(
        key,
      )
    )
      continue;
    env[key] = value;
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to its end with no terminal attached (stdin closed). */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${command} ${args.join(' ')} did not finish in ${options.timeoutMs} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** Runs the built create-city-app binary without a terminal. */
export function runCli(args: readonly string[], cwd: string): Promise<RunResult> {
  return run(process.execPath, [cliPath, ...args], { cwd, timeoutMs: 30_000 });
}

/** A top-level section of a pnpm lock file (`importers:`, `packages:` …), up to the next one. */
function lockfileSection(lockfile: string, name: string): string {
  const section = new RegExp(`^${name}:\\n[\\s\\S]*?(?=^\\S|(?![\\s\\S]))`, 'm').exec(lockfile);
  if (!section) throw new Error(`pnpm-lock.yaml of the repository has no \`${name}:\` section`);
  return section[0];
}

/**
 * Gives a project generated with `--link` a lock file that pins what HageNOW! pins in the
 * repository's lock file (both come from the same template), with `@city-app/*` linked to
 * the checkout. pnpm then installs it offline from the store alone: without a lock file it
 * would need the registry's metadata of every range, which a fresh machine has not cached.
 */
export async function pinLikeHagenow(project: string): Promise<void> {
  const lockfile = await readFile(join(repoRoot, 'pnpm-lock.yaml'), 'utf8');
  const hagenow = /^ {2}apps\/hagenow:\n([\s\S]*?)(?=^ {2}\S|(?![\s\S]))/m.exec(
    lockfileSection(lockfile, 'importers'),
  )?.[1];
  if (!hagenow) throw new Error('pnpm-lock.yaml of the repository has no importer apps/hagenow');
  const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
  const specs: Record<string, string> = { ...manifest.dependencies, ...manifest.devDependencies };
  const pinned = new Set([...hagenow.matchAll(/^ {6}'?([^':\s]+)'?:$/gm)].map((m) => m[1]));
  const unpinned = Object.keys(specs).filter((name) => !pinned.has(name));
  if (unpinned.length)
    throw new Error(
      `HageNOW! does not depend on ${unpinned.join(', ')}, so the repository's lock file pins no version for the generated town: enable the same modules in both.`,
    );
  const importer = hagenow.replace(
    /^ {6}'(@city-app\/[^']+)':\n {8}specifier: .*\n {8}version: .*\n/gm,
    (_, name: string) => {
      const spec = specs[name];
      if (!spec?.startsWith('link:')) throw new Error(`${name} is not linked: ${spec}`);
      const target = relative(project, spec.slice('link:'.length));
      return `      '${name}':\n        specifier: ${spec}\n        version: link:${target}\n`;
    },
  );
  await writeFile(
    join(project, 'pnpm-lock.yaml'),
    [
      "lockfileVersion: '9.0'\n",
      lockfileSection(lockfile, 'settings'),
      `importers:\n\n  .:\n${importer}`,
      lockfileSection(lockfile, 'packages'),
      lockfileSection(lockfile, 'snapshots'),
    ].join('\n'),
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  url: string;
  output(): string;
  /** Sends SIGTERM (SIGKILL after 30 s) and resolves with the exit code (null when killed). */
  stop(): Promise<number | null>;
}

/** Starts a long-running process and waits until `healthUrl` answers 200. */
export async function startServer(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; url: string; timeoutMs: number },
  cleanup: Cleanup,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const stop = async () => {
    if (exited) return exit;
    child.kill('SIGTERM');
    // Generous for a machine busy with other suites; a stop that never ends still fails.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exit;
    clearTimeout(timer);
    return code;
  };
  cleanup.add(async () => {
    await stop();
  });

  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (exited) throw new Error(`The server exited before it was ready:\n${output}`);
    try {
      const response = await fetch(`${options.url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`The server did not answer /healthz in ${options.timeoutMs} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: options.url, output: () => output, stop };
}

export function expectOk(
  result: { code: number | null; stdout: string; stderr: string },
  what: string,
): void {
  if (result.code !== 0)
    throw new Error(`${what} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
}

/** Measures a phase of a suite; the default measures nothing. */
export type Timed = <T>(phase: string, work: () => Promise<T>) => Promise<T>;
const untimed: Timed = (_, work) => work();

export interface GeneratedTown {
  /** The temporary folder the town was generated in (removed by the cleanup). */
  workspace: string;
  /** The town project's folder. */
  project: string;
}

/**
 * Changes the generated `city.config.ts` before the town is built, as a town's IT edits it
 * (e.g. a module's options that only exist once a test server listens). It gets the file's
 * text and returns the new one; returning it unchanged is refused, so an edit that no longer
 * matches the template fails loudly instead of testing the defaults.
 */
export type ConfigureTown = (cityConfig: string) => string;

/**
 * Generates a town with the built CLI (linked to this checkout), installs it offline with a
 * lock file pinned like HageNOW!'s and builds it for production, as a town's IT would;
 * `configure` edits its config first.
 */
export async function generateTown(
  town: { name: string; slug: string; state: string },
  cleanup: Cleanup,
  timed: Timed = untimed,
  configure?: ConfigureTown,
): Promise<GeneratedTown> {
  const workspace = await tempFolder(cleanup, 'city-app-e2e-');
  const generated = await timed('generate', () =>
    runCli(
      [
        '--town',
        town.name,
        '--state',
        town.state,
        '--package-manager',
        'pnpm',
        '--yes',
        '--no-git',
        '--no-install',
        '--link',
        repoRoot,
      ],
      workspace,
    ),
  );
  expectOk(generated, 'create-city-app');
  const project = join(workspace, town.slug);
  if (configure) {
    const file = join(project, 'city.config.ts');
    const before = await readFile(file, 'utf8');
    const after = configure(before);
    if (after === before) throw new Error('configure left city.config.ts as generated');
    await writeFile(file, after);
  }

  // Nothing may be downloaded: the store already holds every package the workspace uses,
  // and the lock file pins the versions HageNOW! uses, so no registry metadata is needed.
  await pinLikeHagenow(project);
  expectOk(
    await timed('install', () =>
      run('pnpm', ['install', '--offline', '--frozen-lockfile'], {
        cwd: project,
        timeoutMs: 180_000,
      }),
    ),
    'pnpm install --offline --frozen-lockfile',
  );
  expectOk(
    await timed('build', () => run('pnpm', ['build'], { cwd: project, timeoutMs: 180_000 })),
    'pnpm build',
  );
  return { workspace, project };
}

/**
 * Starts a built town's server (`dist/server/server.js`) on a free port of 127.0.0.1 with an
 * embedded database in `dataDir` and the given admin account, and waits until it is ready.
 */
export async function startTown(
  project: string,
  options: { dataDir: string; admin: { email: string; password: string } },
  cleanup: Cleanup,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  return startServer(
    process.execPath,
    ['dist/server/server.js'],
    {
      cwd: project,
      url: `http://127.0.0.1:${port}`,
      timeoutMs: 90_000,
      env: childEnv({
        PORT: String(port),
        HOST: '127.0.0.1',
        CITY_APP_DATA_DIR: options.dataDir,
        CITY_APP_ADMIN_EMAIL: options.admin.email,
        CITY_APP_ADMIN_PASSWORD: options.admin.password,
        DATABASE_URL: '',
        ...env,
      }),
    },
    cleanup,
  );
}

/** Where Chromium is: `CHROMIUM_PATH`, else the system's; undefined when not installed. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/**
 * A headless Chromium with a fresh, temporary profile (Playwright creates one per launch
 * and removes it on close). Never downloads a browser.
 */
export async function launchChromium(executablePath: string, cleanup: Cleanup): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  cleanup.add(() => browser.close());
  return browser;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; message: string }>;
}

const axeSource: string = require('axe-core').source;

/**
 * Runs axe-core with the WCAG 2.1 A/AA tags. The source is evaluated through the DevTools
 * protocol (`page.evaluate`), which the page's Content-Security-Policy does not govern, so
 * the policy stays on for these runs.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        message: n.failureSummary ?? '',
      })),
    }));
  });
}

export function formatViolations(where: string, violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${where}: ${v.id} (${v.impact}) at ${n.target}: ${n.message.replace(/\s+/g, ' ')}`,
      ),
    )
    .join('\n');
}

/**
 * Collects every Content-Security-Policy violation in the context's pages: Chromium's console
 * report and the page's own `securitypolicyviolation` event (in case the wording changes).
 */
export async function collectCspViolations(context: BrowserContext, into: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text()))
        into.push(`${page.url()}: ${message.text()}`);
    });
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
}
