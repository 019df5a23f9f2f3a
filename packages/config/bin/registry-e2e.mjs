#!/usr/bin/env node
// The registry path end to end, as a town meets it. Starts Verdaccio on 127.0.0.1 (temporary
// storage, no uplinks), publishes every public package with the release script, then in an
// empty folder outside the repository runs `npx create-city-app` from that registry; the
// project installs @city-app/* from it (everything else from the usual registry), builds,
// passes its own tests, starts, answers /healthz and its home page renders in Chromium.
// Then a change is versioned with changesets in a copy of the release workspace, published,
// and `pnpm up` in the project picks it up. Prints timings; exits 1 on any failure.
//
//   pnpm test:registry          (builds the packages first)
//
// Needs the packages built, pnpm on PATH, Chromium (CHROMIUM_PATH or /usr/bin/chromium) and
// the npm registry for third-party packages.
import { spawn } from 'node:child_process';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const configRoot = fileURLToPath(new URL('..', import.meta.url));
const verdaccioBin = join(configRoot, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
const changesetBin = join(repoRoot, 'node_modules', '.bin', 'changeset');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The whole run must end within this; each command has its own, smaller limit. */
const OVERALL_LIMIT_MS = 15 * 60_000;
const MINUTE = 60_000;

const timings = [];
const children = new Set();

function log(message) {
  console.log(`[registry-e2e] ${message}`);
}

class StepError extends Error {}

/** Runs a command; resolves with its output, rejects with the output's tail on failure. */
function exec(command, args, { cwd, env, timeout = 5 * MINUTE, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (output.length > 200_000) output = output.slice(-100_000);
      if (!quiet && process.env.REGISTRY_E2E_VERBOSE) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => killTree(child), timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      const line = `${command} ${args.join(' ')}`;
      if (code === 0) resolve(output);
      else
        reject(
          new StepError(
            `${line} (in ${cwd ?? process.cwd()}) ${signal ? `was stopped (${signal}, limit ${timeout / 1000}s)` : `exited ${code}`}:\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}

function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function step(name, fn) {
  const started = performance.now();
  log(`${name} …`);
  try {
    return await fn();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    timings.push({ step: name, seconds: Number(seconds.toFixed(1)) });
  }
}

function check(condition, message) {
  if (!condition) throw new StepError(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, { timeout = MINUTE, ok = (r) => r.ok } = {}) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (ok(response)) return response;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new StepError(`${url} did not answer within ${timeout / 1000}s (last: ${last})`);
}

/** Starts a long-running process; returns it (stopped by `stopAll`). */
function startProcess(command, args, options) {
  const child = spawn(command, args, {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.on('close', () => children.delete(child));
  return { child, output: () => output };
}

function stopAll() {
  for (const child of children) killTree(child);
  children.clear();
}

function verdaccioConfig(storage) {
  // No uplinks: only what this run publishes exists here. Anonymous read; publishing of the
  // toolkit's own names needs any registered user (the release script needs a token).
  return `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(join(storage, 'htpasswd'))}
    max_users: 10
uplinks: {}
packages:
  '@city-app/*':
    access: $all
    publish: $all
    unpublish: $all
  'create-city-app':
    access: $all
    publish: $all
    unpublish: $all
  '**':
    access: $all
log: { type: stdout, format: pretty, level: warn }
`;
}

/** Workspace packages under packages/ (the private ones are needed to pack the others). */
async function workspacePackages() {
  const out = await exec('pnpm', ['-r', 'ls', '--depth', '-1', '--json'], {
    cwd: repoRoot,
    quiet: true,
  });
  return JSON.parse(out)
    .filter((p) => p.name && p.path.startsWith(join(repoRoot, 'packages')))
    .map((p) => ({ name: p.name, version: p.version, dir: p.path, private: Boolean(p.private) }));
}

/** Environment for a process that must see only the given npm settings. */
function npmEnv(userconfig, extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_/i.test(key) || /^npm_(package|lifecycle)_/.test(key)) delete env[key];
  }
  delete env.PNPM_SCRIPT_SRC_DIR;
  return { ...env, NPM_CONFIG_USERCONFIG: userconfig, ...extra };
}

async function renderHome(url, townName) {
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(join(tmpdir(), 'registry-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
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
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    check(response?.ok(), `GET ${url} answered ${response?.status()}`);
    await page.getByText(townName).first().waitFor({ timeout: 15_000 });
    const heading = await page.locator('h1').first().textContent({ timeout: 10_000 });
    check(errors.length === 0, `the home page threw: ${errors.join('; ')}`);
    return heading?.trim();
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** pnpm caches registry metadata per host and port; drop what this run's registry left. */
async function forgetRegistryMetadata(port) {
  const cacheRoot = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'pnpm');
  const folders = await readdir(cacheRoot).catch(() => []);
  for (const folder of folders.filter((f) => f.startsWith('metadata'))) {
    await rm(join(cacheRoot, folder, `127.0.0.1+${port}`), { recursive: true, force: true });
  }
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'city-app-registry-e2e-'));
  const overall = setTimeout(() => {
    console.error(
      `[registry-e2e] stopped: the whole run took longer than ${OVERALL_LIMIT_MS / 1000}s`,
    );
    stopAll();
    process.exit(1);
  }, OVERALL_LIMIT_MS);
  let failed = false;
  let registryPort;
  try {
    const workspace = await workspacePackages();
    const packages = workspace.filter((p) => !p.private);
    const release = packages.find((p) => p.name === 'create-city-app')?.version;
    check(release, 'create-city-app is not a public workspace package');

    // --- the registry
    const storage = join(work, 'storage');
    await mkdir(storage, { recursive: true });
    await writeFile(join(work, 'verdaccio.yaml'), verdaccioConfig(storage));
    const port = await freePort();
    registryPort = port;
    const registry = `http://127.0.0.1:${port}/`;
    const verdaccio = startProcess(
      process.execPath,
      [verdaccioBin, '--config', join(work, 'verdaccio.yaml'), '--listen', `127.0.0.1:${port}`],
      { cwd: work, env: { ...process.env, NODE_ENV: 'production' } },
    );
    await step('start Verdaccio', async () => {
      try {
        await waitFor(`${registry}-/ping`, { timeout: MINUTE });
      } catch (error) {
        throw new StepError(`${error.message}\n${verdaccio.output()}`);
      }
    });
    const token = await step('register a publisher', async () => {
      const response = await fetch(`${registry}-/user/org.couchdb.user:release`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'release', password: 'release-e2e', type: 'user', roles: [] }),
      });
      check(response.ok, `registering at Verdaccio failed: HTTP ${response.status}`);
      return (await response.json()).token;
    });
    const host = registry.replace(/^http:/, '');
    const publishNpmrc = join(work, 'publish.npmrc');
    await writeFile(publishNpmrc, `registry=${registry}\n${host}:_authToken=${token}\n`);
    const publishEnv = npmEnv(publishNpmrc, { npm_config_registry: registry });

    // --- publish as `pnpm release` does after its build (`pnpm test:registry` builds first);
    // no git tags, this is not a real release.
    await step(`publish ${packages.length} packages (changeset publish)`, () =>
      exec(changesetBin, ['publish', '--no-git-tag'], {
        cwd: repoRoot,
        env: publishEnv,
        timeout: 10 * MINUTE,
      }),
    );
    for (const p of packages) {
      const response = await fetch(`${registry}${p.name.replace('/', '%2f')}`);
      check(
        response.ok,
        `${p.name} is not in the registry after publishing (HTTP ${response.status})`,
      );
      const doc = await response.json();
      check(
        doc['dist-tags']?.latest === p.version,
        `${p.name}@latest is ${doc['dist-tags']?.latest}, expected ${p.version}`,
      );
    }

    // --- a town creates its project, outside the repository, from the registry
    const town = join(work, 'town');
    await mkdir(town);
    const townNpmrc = join(work, 'town.npmrc');
    await writeFile(townNpmrc, `@city-app:registry=${registry}\nfund=false\naudit=false\n`);
    const npmCache = join(work, 'npm-cache');
    const cold = await step('npx create-city-app (cold cache, no install)', async () => {
      const started = performance.now();
      await exec(
        'npx',
        [
          '--yes',
          'create-city-app',
          'ludwigslust',
          '--town',
          'Ludwigslust',
          '--state',
          'DE-MV',
          '--modules',
          'news',
          '--yes',
          '--no-git',
          '--no-install',
          '--package-manager',
          'pnpm',
        ],
        {
          cwd: town,
          env: npmEnv(townNpmrc, { npm_config_registry: registry, npm_config_cache: npmCache }),
          timeout: 3 * MINUTE,
        },
      );
      return (performance.now() - started) / 1000;
    });
    const project = join(town, 'ludwigslust');
    const record = JSON.parse(await readFile(join(project, '.city-app.json'), 'utf8'));
    const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      if (!name.startsWith('@city-app/')) continue;
      check(
        range === `^${release}`,
        `${name} is "${range}" in the project, expected "^${release}" (the CLI's release)`,
      );
    }
    // The project records the release it was made with, and the same ranges it depends on.
    check(
      record.templateVersion === release,
      `.city-app.json templateVersion is ${record.templateVersion}, expected ${release}`,
    );
    const recorded = Object.entries(record.packages ?? {});
    check(recorded.length > 0, '.city-app.json records no packages');
    for (const [name, range] of recorded) {
      check(
        range === `^${release}` && manifest.dependencies[name] === range,
        `.city-app.json records ${name} "${range}", expected "^${release}" as in package.json`,
      );
    }

    const projectEnv = npmEnv(townNpmrc, { CI: 'true' });
    // An .npmrc can route a scope, not an unscoped name: the toolkit's one unscoped package
    // (create-city-app, a dependency of the `city-app` command) would be looked up in the usual
    // registry, where this run's release does not exist. Point it at this registry's tarball.
    const pinCli = async (version) => {
      const pkg = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
      pkg.pnpm = pkg.pnpm ?? {};
      pkg.pnpm.overrides = {
        ...pkg.pnpm.overrides,
        'create-city-app': `${registry}create-city-app/-/create-city-app-${version}.tgz`,
      };
      await writeFile(join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    };
    await pinCli(release);
    await step('pnpm install (project)', () =>
      exec('pnpm', ['install', '--no-frozen-lockfile'], {
        cwd: project,
        env: projectEnv,
        timeout: 8 * MINUTE,
      }),
    );
    const installed = JSON.parse(
      await readFile(join(project, 'node_modules', '@city-app', 'core', 'package.json'), 'utf8'),
    );
    check(
      installed.version === release,
      `installed @city-app/core is ${installed.version}, expected ${release}`,
    );
    const lock = await readFile(join(project, 'pnpm-lock.yaml'), 'utf8');
    check(
      !/workspace:|link:/.test(lock),
      'the project lockfile links packages instead of installing them',
    );
    await step('pnpm build (project)', () =>
      exec('pnpm', ['run', 'build'], { cwd: project, env: projectEnv }),
    );
    await step('pnpm test (project)', () =>
      exec('pnpm', ['run', 'test'], { cwd: project, env: projectEnv }),
    );

    const appPort = await freePort();
    const server = startProcess('pnpm', ['run', 'start'], {
      cwd: project,
      env: { ...projectEnv, PORT: String(appPort), HOST: '127.0.0.1', NODE_ENV: 'production' },
    });
    const base = `http://127.0.0.1:${appPort}`;
    await step('start the project, GET /healthz', async () => {
      try {
        const response = await waitFor(`${base}/healthz`, { timeout: MINUTE });
        log(`/healthz: ${(await response.text()).slice(0, 200)}`);
      } catch (error) {
        throw new StepError(`${error.message}\n${server.output()}`);
      }
    });
    const heading = await step('home page in headless Chromium', () =>
      renderHome(`${base}/`, 'Ludwigslust'),
    );
    log(`home page heading: ${heading}`);
    killTree(server.child);

    // --- a change, versioned with changesets in a copy of the release workspace
    const copy = join(work, 'release-copy');
    await step('changeset version (copy of the workspace)', async () => {
      await mkdir(copy);
      for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
        await cp(join(repoRoot, file), join(copy, file), { recursive: true });
      }
      await cp(join(repoRoot, 'templates'), join(copy, 'templates'), { recursive: true });
      // Packages with their installed dependencies (links into the repository's store).
      await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
      for (const p of workspace) {
        const rel = p.dir.slice(repoRoot.length);
        await cp(p.dir, join(copy, rel), { recursive: true, verbatimSymlinks: true });
      }
      await writeFile(
        join(copy, '.changeset', 'registry-e2e.md'),
        '---\n"@city-app/core": patch\n---\n\nA fix, released to show that towns pick it up with `pnpm up`.\n',
      );
      await exec(changesetBin, ['version'], { cwd: copy, env: publishEnv });
    });
    const bumped = JSON.parse(
      await readFile(join(copy, 'packages', 'core', 'package.json'), 'utf8'),
    ).version;
    check(bumped !== release, `changeset version left @city-app/core at ${bumped}`);
    const cliBumped = JSON.parse(
      await readFile(join(copy, 'packages', 'create-city-app', 'package.json'), 'utf8'),
    ).version;
    check(
      cliBumped === bumped,
      `create-city-app is ${cliBumped} after versioning, expected ${bumped} (fixed group)`,
    );
    // The CLI embeds its version when built: what a build of the bumped workspace would ship.
    await exec(process.execPath, ['scripts/collect.mjs'], {
      cwd: join(copy, 'packages', 'create-city-app'),
    });
    const embedded = await readFile(
      join(copy, 'packages', 'create-city-app', 'src', 'generated', 'version.ts'),
      'utf8',
    );
    check(
      embedded.includes(`"${bumped}"`),
      `the CLI would embed ${embedded.trim()}, expected ${bumped}`,
    );
    await step(`publish ${bumped} (changeset publish)`, () =>
      exec(changesetBin, ['publish', '--no-git-tag'], {
        cwd: copy,
        env: publishEnv,
        timeout: 5 * MINUTE,
      }),
    );
    await pinCli(bumped);
    await step('pnpm up (project)', () =>
      exec('pnpm', ['up', '@city-app/*'], { cwd: project, env: projectEnv, timeout: 5 * MINUTE }),
    );
    const updated = JSON.parse(
      await readFile(join(project, 'node_modules', '@city-app', 'core', 'package.json'), 'utf8'),
    ).version;
    check(
      updated === bumped,
      `after pnpm up the project has @city-app/core ${updated}, expected ${bumped}`,
    );
    log(`pnpm up: @city-app/core ${release} → ${updated}`);

    const tarball = join(storage, 'create-city-app', `create-city-app-${release}.tgz`);
    const { size: bytes } = await stat(tarball);
    log(
      `create-city-app ${release}: tarball ${(bytes / 1024).toFixed(1)} kB, cold npx ${cold.toFixed(1)} s`,
    );
  } catch (error) {
    failed = true;
    console.error(
      `[registry-e2e] FAILED: ${error instanceof StepError ? error.message : error.stack}`,
    );
  } finally {
    clearTimeout(overall);
    stopAll();
    await rm(work, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    if (registryPort) await forgetRegistryMetadata(registryPort);
    console.table(timings);
    console.log(`[registry-e2e] ${failed ? 'FAILED' : 'passed'} on Node ${process.version}`);
  }
  process.exit(failed ? 1 : 0);
}

await main();
