#!/usr/bin/env node
// Home-screen weight and Lighthouse scores of HageNOW!, next to a React hello world measured
// the same way in the same run.
//   pnpm --filter @city-app/bench web [--runs 5] [--no-build] [--app <dir>] [--url <url>] [--json]
// Budget (issue "the spine", §4): the home screen ships at most 100 KB of gzipped JavaScript;
// Lighthouse 12.2.3 mobile: performance ≥ 95, accessibility 100.
// Exit codes: 0 every target met, 1 a target missed, 2 the benchmark could not run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { freePort } from '../free-port.mjs';

const benchRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(benchRoot, '..');
const helloRoot = fileURLToPath(new URL('./hello/', import.meta.url));
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
// No calls home, no updates, no sync: the browser may only talk to 127.0.0.1.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=OptimizationHints,MediaRouter,Translate',
  '--metrics-recording-only',
  '--mute-audio',
];
// Lighthouse's default mobile device (Moto G Power), so both measurements see the same screen.
const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75 };
const BUDGET_JS_BYTES = 100 * 1024;
const TARGET_PERFORMANCE = 95;
const TARGET_ACCESSIBILITY = 100;
// Lighthouse's simulated CPU slowdown for mobile (a Moto G Power on a fast desktop). Its docs
// calibrate it to the measuring machine's speed (benchmarkIndex); a larger one asks how the
// page fares on a slower machine.
const DEFAULT_CPU_SLOWDOWN = 4;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint', 'ms'],
  ['largest-contentful-paint', 'Largest Contentful Paint', 'ms'],
  ['total-blocking-time', 'Total Blocking Time', 'ms'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift', ''],
  ['speed-index', 'Speed Index', 'ms'],
];
const BUILD_TIMEOUT_MS = 10 * 60_000;
const START_TIMEOUT_MS = 90_000;
const PAGE_TIMEOUT_MS = 60_000;
const LIGHTHOUSE_TIMEOUT_MS = 120_000;
// Before each Lighthouse run the machine must be quiet: at most this share of CPU busy over
// one window, waiting no longer than SETTLE_MAX_MS (then the run starts anyway, noted).
const SETTLE_BUSY_SHARE = 0.15;
const SETTLE_WINDOW_MS = 1000;
const SETTLE_MAX_MS = 20_000;
const OVERALL_TIMEOUT_MS = 30 * 60_000;

const USAGE = `Usage: pnpm --filter @city-app/bench web [options]

Measures the JavaScript HageNOW!'s home screen ships (gzip level 9) and its Lighthouse 12.2.3
mobile scores, next to a React hello world measured the same way in the same run.

Options:
  --runs <n>     Lighthouse runs per app, medians reported (default 5; 0 measures only JavaScript)
  --no-build     reuse the app's existing build (dist/web, dist/server/server.js)
  --app <dir>    the town project to bench (default apps/hagenow)
  --url <url>    bench an app already running on 127.0.0.1 instead of building and starting one
  --cpu-slowdown <n>
                 Lighthouse's simulated CPU slowdown (default 4, Lighthouse's own for mobile).
                 8 asks how the page would score on a machine half as fast as this one
  --json         print the results as JSON instead of a table
  --save-reports <dir>
                 also write each Lighthouse report as JSON into <dir> (to inspect the trace's
                 findings: largest scripts, critical request chains, main-thread work)
  -h, --help     show this help

Exit codes: 0 every target met, 1 a target missed, 2 the benchmark could not run.`;

class UsageError extends Error {}

// ---- cleanup: every process and folder this run creates is registered here ----------------
const children = new Set();
const tempDirs = new Set();

function makeTempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `city-app-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** Kills a process started with `detached: true` and everything it started (its group). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopChild(child) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench/web: interrupted (${signal}), cleaning up.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

function startChild(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  const output = [];
  const keep = (chunk) => {
    output.push(chunk);
    // Only the tail is ever shown; keep memory bounded on chatty builds.
    while (output.length > 400) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.output = () => Buffer.concat(output).toString('utf8');
  child.once('exit', () => children.delete(child));
  return child;
}

const tail = (text, lines = 30) => text.trimEnd().split('\n').slice(-lines).join('\n');

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs a command to completion, bounded; throws with the tail of its output on failure. */
async function runCommand(command, args, { cwd, timeoutMs, what }) {
  const child = startChild(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1', FORCE_COLOR: '0' },
  });
  const result = new Promise((done, fail) => {
    child.once('error', (error) =>
      fail(new Error(`${what}: could not start \`${command}\` (${error.message})`)),
    );
    child.once('exit', (code, signal) => done({ code, signal }));
  });
  let outcome;
  try {
    outcome = await withTimeout(result, timeoutMs, what);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  if (outcome.code !== 0)
    throw new Error(
      `${what} failed (${outcome.signal ?? `exit code ${outcome.code}`}):\n${tail(child.output())}`,
    );
}

// ---- arguments ------------------------------------------------------------------------------
function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        'cpu-slowdown': { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        app: { type: 'string' },
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
        'save-reports': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(`${error.message}\n\n${USAGE}`);
  }
  const runsText = parsed.runs ?? '5';
  const runs = Number(runsText);
  if (!/^\d+$/.test(runsText) || runs > 50)
    throw new UsageError(`--runs must be a whole number from 0 to 50, got "${runsText}".`);
  const slowdownText = parsed['cpu-slowdown'] ?? String(DEFAULT_CPU_SLOWDOWN);
  const cpuSlowdown = Number(slowdownText);
  if (!/^\d+(\.\d+)?$/.test(slowdownText) || cpuSlowdown < 1 || cpuSlowdown > 20)
    throw new UsageError(
      `--cpu-slowdown must be a number from 1 to 20 (Lighthouse's mobile default is ${DEFAULT_CPU_SLOWDOWN}), got "${slowdownText}".`,
    );
  if (parsed.url && parsed.app)
    throw new UsageError(
      'Give either --url (a running app) or --app (a project to build), not both.',
    );
  let url;
  if (parsed.url) {
    try {
      url = new URL(parsed.url);
    } catch {
      throw new UsageError(
        `--url must be a URL such as http://127.0.0.1:3000/, got "${parsed.url}".`,
      );
    }
    if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
      throw new UsageError(
        `--url must point to an app on this machine (http://127.0.0.1:<port>/), got "${parsed.url}": the benchmark talks to no other host.`,
      );
  }
  return {
    help: parsed.help,
    runs,
    cpuSlowdown,
    build: !parsed['no-build'],
    appDir: resolve(parsed.app ?? join(repoRoot, 'apps', 'hagenow')),
    isDefaultApp: !parsed.app,
    url: url?.href,
    json: parsed.json,
    saveReports: parsed['save-reports'] ? resolve(parsed['save-reports']) : undefined,
  };
}

// ---- the town app ----------------------------------------------------------------------------
function readManifest(appDir) {
  const file = join(appDir, 'package.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function buildApp(appDir, manifest, log) {
  const inWorkspace = !relative(repoRoot, appDir).startsWith('..');
  if (inWorkspace) {
    // Through turbo, so the @city-app/* packages it links are built first (cached when fresh).
    log(`Building ${manifest.name} and the packages it uses (turbo) …`);
    await runCommand(
      'pnpm',
      [
        'exec',
        'turbo',
        'run',
        'build',
        `--filter=${manifest.name}...`,
        '--output-logs=errors-only',
      ],
      { cwd: repoRoot, timeoutMs: BUILD_TIMEOUT_MS, what: `Building ${manifest.name}` },
    );
  } else {
    log(`Building ${appDir} …`);
    await runCommand('pnpm', ['run', 'build'], {
      cwd: appDir,
      timeoutMs: BUILD_TIMEOUT_MS,
      what: `Building ${appDir}`,
    });
  }
}

async function waitForHealth(baseUrl, server) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`The app stopped while starting:\n${tail(server.output())}`);
    try {
      const response = await fetch(new URL('healthz', baseUrl), {
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(
    `The app did not answer GET /healthz within ${START_TIMEOUT_MS / 1000} s:\n${tail(server.output())}`,
  );
}

/** Builds (unless told not to) and starts the town app; returns its URL and a stop function. */
async function startTownApp(options, log) {
  const { appDir } = options;
  const inRepo = relative(repoRoot, appDir);
  const shown = inRepo && !inRepo.startsWith('..') ? inRepo : appDir;
  const manifest = readManifest(appDir);
  if (!manifest) {
    throw new Error(
      options.isDefaultApp
        ? `${shown} does not exist yet: generate the HageNOW! project first, or bench another built town project with --app <dir>, or a running one with --url http://127.0.0.1:<port>/.`
        : `--app ${appDir}: no package.json there; give the folder of a town project.`,
    );
  }
  if (options.build) await buildApp(appDir, manifest, log);
  const serverEntry = join(appDir, 'dist', 'server', 'server.js');
  if (!existsSync(serverEntry) || !existsSync(join(appDir, 'dist', 'web', 'index.html'))) {
    throw new Error(
      `${shown} is not built (dist/server/server.js or dist/web/index.html missing): run without --no-build.`,
    );
  }
  const port = await freePort();
  // A folder around the data folder: the embedded database keeps a lock file beside it.
  const workDir = makeTempDir('app');
  const dataDir = join(workDir, 'data');
  const baseUrl = `http://127.0.0.1:${port}/`;
  log(`Starting ${manifest.name} on ${baseUrl} …`);
  const server = startChild(process.execPath, [serverEntry], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      CITY_APP_DATA_DIR: dataDir,
    },
  });
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stopChild(server);
    removeTempDir(workDir);
    throw error;
  }
  return {
    url: baseUrl,
    label: options.isDefaultApp ? 'HageNOW!' : manifest.name,
    stop: async () => {
      await stopChild(server);
      removeTempDir(workDir);
    },
  };
}

// ---- the baseline: a React hello world, built with Vite and served as static files ----------
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` the way the city-app server serves the PWA: text brotli- or gzip-compressed
 * as the browser accepts, hashed assets cached for a year, index.html revalidated, so the
 * two differ only in what they ship.
 */
function serveStatic(root) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const name = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
    const file = resolve(root, name);
    if (!file.startsWith(root + sep) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const headers = {};
    if (/^(text\/|image\/svg)/.test(type) && body.byteLength > 512) {
      headers.Vary = 'Accept-Encoding';
      if (/\bbr\b/.test(accepted)) {
        body = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 10 } });
        headers['Content-Encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepted)) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': type,
      'Content-Length': body.byteLength,
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

async function startBaseline(log) {
  log('Building the React hello world baseline (Vite) …');
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = makeTempDir('hello');
  await withTimeout(
    build({
      root: helloRoot,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    }),
    BUILD_TIMEOUT_MS,
    'Building the baseline',
  );
  const server = await serveStatic(resolve(outDir));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    label: 'baseline',
    stop: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      removeTempDir(outDir);
    },
  };
}

// ---- measurement 1: the JavaScript the home screen ships -------------------------------------
async function measureJavaScript(browser, url) {
  const context = await browser.newContext({
    viewport: { width: MOBILE.width, height: MOBILE.height },
    deviceScaleFactor: MOBILE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    locale: 'de-DE',
  });
  try {
    const page = await context.newPage();
    const scripts = new Map();
    const pending = [];
    page.on('response', (response) => {
      const request = response.request();
      if (request.resourceType() !== 'script' || scripts.has(response.url())) return;
      scripts.set(response.url(), null);
      pending.push(
        response.body().then(
          (body) =>
            scripts.set(response.url(), {
              url: response.url(),
              status: response.status(),
              bytes: body.byteLength,
              gzipBytes: gzipSync(body, { level: 9 }).byteLength,
            }),
          (error) => scripts.set(response.url(), { url: response.url(), error: error.message }),
        ),
      );
    });
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`GET ${url} answered ${response?.status()}`);
    await Promise.all(pending);
    const files = [...scripts.values()];
    const broken = files.filter((f) => f.error || f.status >= 400);
    if (broken.length)
      throw new Error(
        `Scripts that did not load on ${url}: ${broken.map((f) => `${f.url} (${f.error ?? f.status})`).join(', ')}`,
      );
    const origin = new URL(url).origin;
    return {
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      files: files
        .map((f) => ({
          path: f.url.startsWith(origin) ? f.url.slice(origin.length) : f.url,
          bytes: f.bytes,
          gzipBytes: f.gzipBytes,
        }))
        .sort((a, b) => b.gzipBytes - a.gzipBytes),
    };
  } finally {
    await context.close();
  }
}

// ---- measurement 2: Lighthouse ----------------------------------------------------------------
/** A fresh headless Chromium with a DevTools port for Lighthouse; killed with its group. */
async function launchDebuggableChromium() {
  const profile = makeTempDir('chromium');
  const child = startChild(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await withTimeout(
    new Promise((done, fail) => {
      let seen = '';
      child.stderr.on('data', (chunk) => {
        seen += chunk;
        const match = /DevTools listening on ws:\/\/[^:/]+:(\d+)\//.exec(seen);
        if (match) done(Number(match[1]));
      });
      child.once('error', (error) =>
        fail(new Error(`Could not start ${CHROMIUM}: ${error.message}`)),
      );
      child.once('exit', (code) =>
        fail(
          new Error(`Chromium exited (${code}) before opening its DevTools port:\n${tail(seen)}`),
        ),
      );
    }),
    30_000,
    'Starting Chromium',
  ).catch(async (error) => {
    await stopChild(child);
    removeTempDir(profile);
    throw error;
  });
  return {
    port,
    stop: async () => {
      await stopChild(child);
      removeTempDir(profile);
    },
  };
}

/** Busy and total CPU time of the whole machine so far (Linux /proc/stat; null elsewhere). */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
    const ticks = fields.map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet. Without it a run starts while the previous browser is
 * still being torn down and its profile written away, and the page's tasks take longer for
 * reasons of the machine, not of the page: back-to-back runs of the same build scored 83–86,
 * the same runs six seconds apart 93–98. Returns how long it waited and whether it got quiet.
 */
async function settle() {
  const started = Date.now();
  let before = cpuTimes();
  if (!before) return { waitedMs: 0, quiet: true };
  while (Date.now() - started < SETTLE_MAX_MS) {
    await new Promise((done) => setTimeout(done, SETTLE_WINDOW_MS));
    const after = cpuTimes();
    const share = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (share <= SETTLE_BUSY_SHARE) return { waitedMs: Date.now() - started, quiet: true };
    before = after;
  }
  return { waitedMs: Date.now() - started, quiet: false };
}

async function runLighthouse(lighthouse, url, { saveAs, throttling }) {
  const calm = await settle();
  if (!calm.quiet)
    console.warn(
      `bench/web: the machine stayed busy for ${SETTLE_MAX_MS / 1000} s; Lighthouse runs anyway.`,
    );
  const chrome = await launchDebuggableChromium();
  try {
    const result = await withTimeout(
      lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        // The default config is already mobile (Moto G Power screen, simulated slow 4G, 4× CPU
        // slowdown); saying so keeps the run mobile if those defaults ever change.
        formFactor: 'mobile',
        ...(throttling ? { throttling } : {}),
      }),
      LIGHTHOUSE_TIMEOUT_MS,
      `Lighthouse on ${url}`,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (saveAs) writeFileSync(saveAs, JSON.stringify(lhr, null, 1));
    if (lhr.runtimeError)
      throw new Error(
        `Lighthouse on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
      );
    const scores = {};
    for (const id of CATEGORIES) {
      const score = lhr.categories[id]?.score;
      if (typeof score !== 'number')
        throw new Error(
          `Lighthouse on ${url} gave no ${id} score (${lhr.runWarnings?.join('; ')})`,
        );
      scores[id] = Math.round(score * 100);
    }
    const metrics = {};
    for (const [id] of METRICS) metrics[id] = lhr.audits[id]?.numericValue ?? null;
    // Pass/fail audits that failed: what costs the app its points.
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => audit.id);
    return {
      scores,
      metrics,
      failedAudits: failing,
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      warnings: lhr.runWarnings ?? [],
      chromium: lhr.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? null,
    };
  } finally {
    await chrome.stop();
  }
}

// ---- figures -------------------------------------------------------------------------------
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarise(runs) {
  if (!runs.length) return null;
  const scores = {};
  for (const id of CATEGORIES) scores[id] = median(runs.map((r) => r.scores[id]));
  const metrics = {};
  for (const [id] of METRICS) metrics[id] = median(runs.map((r) => r.metrics[id]));
  return { scores, metrics };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const formatMetric = (value, unit) =>
  value === null ? '—' : unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3);
const ratio = (a, b) =>
  typeof a === 'number' && typeof b === 'number' && b !== 0 ? `${(a / b).toFixed(2)}×` : '—';

function verdicts(app) {
  const list = [
    {
      target: 'home screen JavaScript ≤ 100 KB gzipped',
      value: kb(app.javascript.gzipBytes),
      pass: app.javascript.gzipBytes <= BUDGET_JS_BYTES,
    },
  ];
  if (app.lighthouse) {
    list.push(
      {
        target: `Lighthouse performance ≥ ${TARGET_PERFORMANCE} (median)`,
        value: String(app.lighthouse.median.scores.performance),
        pass: app.lighthouse.median.scores.performance >= TARGET_PERFORMANCE,
      },
      {
        target: `Lighthouse accessibility = ${TARGET_ACCESSIBILITY} (median)`,
        value: String(app.lighthouse.median.scores.accessibility),
        pass: app.lighthouse.median.scores.accessibility >= TARGET_ACCESSIBILITY,
      },
    );
  }
  return list;
}

function printTable(report) {
  const { app, baseline } = report;
  const rows = [['figure', app.label, 'baseline', 'ratio']];
  rows.push([
    'home JavaScript (gzip -9)',
    kb(app.javascript.gzipBytes),
    kb(baseline.javascript.gzipBytes),
    ratio(app.javascript.gzipBytes, baseline.javascript.gzipBytes),
  ]);
  rows.push([
    'home JavaScript (uncompressed)',
    kb(app.javascript.bytes),
    kb(baseline.javascript.bytes),
    ratio(app.javascript.bytes, baseline.javascript.bytes),
  ]);
  rows.push([
    'script files',
    String(app.javascript.files.length),
    String(baseline.javascript.files.length),
    '',
  ]);
  if (app.lighthouse && baseline.lighthouse) {
    for (const id of CATEGORIES) {
      const a = app.lighthouse.median.scores[id];
      const b = baseline.lighthouse.median.scores[id];
      rows.push([`Lighthouse ${id} (median)`, String(a), String(b), ratio(a, b)]);
    }
    for (const [id, name, unit] of METRICS) {
      const a = app.lighthouse.median.metrics[id];
      const b = baseline.lighthouse.median.metrics[id];
      rows.push([`${name} (median)`, formatMetric(a, unit), formatMetric(b, unit), ratio(a, b)]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) =>
    `  ${r[0].padEnd(widths[0])} | ${r
      .slice(1)
      .map((c, i) => c.padStart(widths[i + 1]))
      .join(' | ')}`;

  const lighthouseRuns = report.runs
    ? `median of ${report.runs} Lighthouse ${report.lighthouseVersion} mobile run(s) per app${report.cpuSlowdown === DEFAULT_CPU_SLOWDOWN ? '' : ` at ${report.cpuSlowdown}× CPU slowdown`}`
    : 'JavaScript only (--runs 0)';
  console.log(
    `bench/web — ${lighthouseRuns}, Chromium ${report.chromium ?? '?'}, Node ${report.node}`,
  );
  console.log(`  ${app.label}: ${app.url}   baseline (React hello world): ${baseline.url}`);
  console.log('');
  console.log(line(rows[0]));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const r of rows.slice(1)) console.log(line(r));

  for (const entry of [app, baseline]) {
    console.log('');
    console.log(`  Scripts of ${entry.label}'s home screen (gzip -9 / uncompressed):`);
    for (const f of entry.javascript.files)
      console.log(`    ${kb(f.gzipBytes).padStart(9)} / ${kb(f.bytes).padStart(9)}  ${f.path}`);
  }

  if (app.lighthouse && baseline.lighthouse) {
    console.log('');
    console.log('  Individual Lighthouse runs (performance accessibility best-practices seo):');
    for (const entry of [app, baseline]) {
      const runs = entry.lighthouse.runs.map((r) => CATEGORIES.map((id) => r.scores[id]).join('/'));
      console.log(`    ${entry.label.padEnd(widths[1])}  ${runs.join('  ')}`);
    }
    const indexes = [...app.lighthouse.runs, ...baseline.lighthouse.runs]
      .map((r) => r.benchmarkIndex)
      .filter((v) => typeof v === 'number');
    if (indexes.length)
      console.log(
        `    Lighthouse benchmarkIndex (CPU speed) median: ${Math.round(median(indexes))}`,
      );
    for (const entry of [app, baseline]) {
      const counts = new Map();
      for (const r of entry.lighthouse.runs)
        for (const id of r.failedAudits) counts.set(id, (counts.get(id) ?? 0) + 1);
      if (counts.size)
        console.log(
          `    failed audits, ${entry.label}: ${[...counts].map(([id, n]) => `${id} (${n}/${entry.lighthouse.runs.length})`).join(', ')}`,
        );
    }
  }

  console.log('');
  for (const v of report.verdicts)
    console.log(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.target}: ${v.value}`);
}

// ---- main ------------------------------------------------------------------------------------
async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (message) => console.error(`bench/web: ${message}`);
  const watchdog = setTimeout(() => {
    console.error(`bench/web: gave up after ${OVERALL_TIMEOUT_MS / 60_000} minutes.`);
    process.exit(2);
  }, OVERALL_TIMEOUT_MS);
  watchdog.unref();

  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium or set CHROME_PATH.`);
  const { chromium } = await import('playwright-core');
  const { default: lighthouse } = await import('lighthouse');
  const lighthouseVersion = JSON.parse(
    readFileSync(join(benchRoot, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
  ).version;
  // Lighthouse's mobile network and CPU settings, with another CPU slowdown if asked for.
  const throttling =
    options.cpuSlowdown === DEFAULT_CPU_SLOWDOWN
      ? undefined
      : {
          ...(await import('lighthouse/core/config/constants.js')).throttling.mobileSlow4G,
          cpuSlowdownMultiplier: options.cpuSlowdown,
        };

  const targets = [];
  try {
    // Start the town app first: when it is missing or broken, fail before the slower work.
    if (options.url) {
      const response = await fetch(options.url, { signal: AbortSignal.timeout(5000) }).catch(
        (error) => {
          throw new Error(
            `Nothing answers at ${options.url} (${error.cause?.code ?? error.cause?.message ?? error.message}).`,
          );
        },
      );
      if (!response.ok) throw new Error(`GET ${options.url} answered ${response.status}.`);
      targets.push({ url: options.url, label: 'app', stop: async () => {} });
    } else {
      targets.push(await startTownApp(options, log));
    }
    targets.push(await startBaseline(log));
    const [app, baseline] = targets;

    log('Measuring the JavaScript of each home screen …');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
      headless: true,
    });
    const javascript = [];
    const browserVersion = browser.version();
    try {
      for (const target of targets) javascript.push(await measureJavaScript(browser, target.url));
    } finally {
      await browser.close();
    }

    const runs = [[], []];
    if (options.saveReports) mkdirSync(options.saveReports, { recursive: true });
    for (let i = 0; i < options.runs; i++) {
      // Interleaved, so a busy moment on the machine hits both apps alike.
      for (const [t, target] of targets.entries()) {
        log(`Lighthouse run ${i + 1}/${options.runs} on ${target.label} …`);
        const saveAs = options.saveReports
          ? join(options.saveReports, `${t === 0 ? 'app' : 'baseline'}-${i + 1}.json`)
          : undefined;
        runs[t].push(
          await runLighthouse(lighthouse, target.url, {
            saveAs,
            throttling,
          }),
        );
      }
    }

    const entry = (target, t) => ({
      label: target.label,
      url: target.url,
      javascript: javascript[t],
      lighthouse: options.runs ? { median: summarise(runs[t]), runs: runs[t] } : null,
    });
    const report = {
      runs: options.runs,
      cpuSlowdown: options.cpuSlowdown,
      lighthouseVersion,
      chromium: browserVersion,
      node: process.version,
      budget: {
        javascriptGzipBytes: BUDGET_JS_BYTES,
        performance: TARGET_PERFORMANCE,
        accessibility: TARGET_ACCESSIBILITY,
      },
      app: entry(app, 0),
      baseline: entry(baseline, 1),
    };
    report.verdicts = verdicts(report.app);
    report.pass = report.verdicts.every((v) => v.pass);
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else printTable(report);
    return report.pass ? 0 : 1;
  } finally {
    for (const target of targets.reverse()) await target.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench/web: ${error.message ?? error}`);
    process.exitCode = 2;
  },
);
