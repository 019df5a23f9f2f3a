#!/usr/bin/env node
// Scaffolding speed: median wall time of create-city-app generating a project with every
// module and no install, next to `node -e ''` (the floor: starting Node) and create-vite
// (the usual yardstick), all measured in this run, interleaved so load affects all alike.
// Targets: under 150 ms, and at most 2× create-vite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 15);
const benchRoot = fileURLToPath(new URL('..', import.meta.url));

// From bench/node_modules, not require.resolve: packages need not export package.json.
function resolveBin(pkg, bin) {
  try {
    const manifestPath = join(benchRoot, 'node_modules', pkg, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
    const path = join(dirname(manifestPath), rel);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const cityCli = resolveBin('create-city-app', 'create-city-app');
if (!cityCli) {
  console.error(
    'create-city-app is not built: run `pnpm turbo run build --filter create-city-app...` first.',
  );
  process.exit(1);
}
const viteCli = resolveBin('create-vite', 'create-vite');

const work = mkdtempSync(join(tmpdir(), 'city-app-bench-'));
let n = 0;
const cases = [
  { name: "node -e ''", args: ['-e', ''] },
  {
    name: 'create-city-app (all modules, no install)',
    args: () => [
      cityCli,
      `town-${n++}`,
      '--town',
      'Boizenburg/Elbe',
      '--state',
      'DE-MV',
      '--yes',
      '--no-install',
      '--no-git',
    ],
    check: (dir) => existsSync(join(dir, 'city.config.ts')),
  },
];
if (viteCli) {
  cases.push({
    name: 'create-vite (react-ts)',
    args: () => [
      viteCli,
      `vite-${n++}`,
      '--template',
      'react-ts',
      '--no-interactive',
      '--no-immediate',
    ],
    check: (dir) => existsSync(join(dir, 'package.json')),
  });
} else {
  console.log('Note: create-vite is not installed, so it is left out of this run.');
}

function once(entry) {
  const args = typeof entry.args === 'function' ? entry.args() : entry.args;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: work,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${entry.name} failed (${result.status}): ${result.stderr}`);
  }
  if (entry.check && !entry.check(join(work, args[1])))
    throw new Error(`${entry.name} wrote no project`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  for (const entry of cases) once(entry); // warm the file cache
  const times = new Map(cases.map((c) => [c.name, []]));
  for (let i = 0; i < RUNS; i++) for (const entry of cases) times.get(entry.name).push(once(entry));
  const medians = new Map([...times].map(([name, values]) => [name, median(values)]));
  const floor = medians.get("node -e ''");
  const city = medians.get(cases[1].name);
  const vite = viteCli ? medians.get(cases[2].name) : undefined;
  console.log(`bench/scaffold — median of ${RUNS} runs each, Node ${process.version}`);
  for (const [name, ms] of medians) {
    console.log(
      `  ${name.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / floor).toFixed(2)}× node -e ''`,
    );
  }
  console.log('');
  console.log(
    `  create-city-app: ${city.toFixed(1)} ms (target < 150 ms: ${city < 150 ? 'met' : 'missed'})`,
  );
  console.log(`  create-city-app over Node's own start: ${(city - floor).toFixed(1)} ms`);
  if (vite !== undefined) {
    const ratio = city / vite;
    console.log(
      `  create-city-app / create-vite: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'missed'})`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
