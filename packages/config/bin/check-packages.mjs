#!/usr/bin/env node
// Checks every public workspace package as the registry would serve it: packs it with
// `pnpm pack` (workspace: ranges replaced), then on the tarball runs publint --strict,
// @arethetypeswrong/cli (ESM-only profile), checks the manifest fields a town relies on, and
// that every package imported by the built files is declared. create-city-app must import
// nothing but Node built-ins. Prints a table; exits 1 on any problem.
//
//   node packages/config/bin/check-packages.mjs [--keep <dir>] [package names…]
//
// Packages must be built first (`pnpm build`).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const MIN_NODE = '>=20.19.0';
/** Packages that must install without anything else from the registry. */
const NO_RUNTIME_DEPENDENCIES = new Set(['create-city-app']);

/** Public workspace packages: name, version, folder. */
export async function publicPackages() {
  const { stdout } = await run('pnpm', ['-r', 'ls', '--depth', '-1', '--json'], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout)
    .filter((p) => !p.private && p.name)
    .map((p) => ({ name: p.name, version: p.version, dir: p.path }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Packs `dir` into `dest` with pnpm (as `pnpm publish` would); returns the tarball path. */
export async function pack(dir, dest) {
  await mkdir(dest, { recursive: true });
  const before = new Set(await readdir(dest));
  await run('pnpm', ['pack', '--pack-destination', dest], { cwd: dir, maxBuffer: 16 << 20 });
  const made = (await readdir(dest)).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (made.length !== 1) throw new Error(`pnpm pack in ${dir} made ${made.length} tarballs`);
  return join(dest, made[0]);
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare specifiers imported by a JS or declaration file (TypeScript's own scanner). */
function importsOf(ts, text) {
  const info = ts.preProcessFile(text, true, true);
  const refs = [...info.importedFiles, ...info.typeReferenceDirectives].map((f) => f.fileName);
  // `virtual:` modules are provided by the bundler plugin of @city-app/web, not by a package.
  return refs.filter((s) => !/^[./#]/.test(s) && !s.startsWith('virtual:'));
}

function checkManifest(pkg) {
  const problems = [];
  const want = (ok, what) => {
    if (!ok) problems.push(what);
  };
  want(pkg.type === 'module', 'package.json: "type" must be "module" (ESM only)');
  want(pkg.engines?.node === MIN_NODE, `package.json: "engines.node" must be "${MIN_NODE}"`);
  want(
    pkg.publishConfig?.access === 'public',
    'package.json: "publishConfig.access" must be "public"',
  );
  want(
    Array.isArray(pkg.files) && pkg.files.length > 0,
    'package.json: "files" must list what ships',
  );
  want(pkg.license === 'EUPL-1.2', 'package.json: "license" must be "EUPL-1.2"');
  want(
    typeof pkg.repository === 'object' && pkg.repository.url && pkg.repository.directory,
    'package.json: "repository" needs "url" and "directory"',
  );
  want(pkg.exports && typeof pkg.exports === 'object', 'package.json: "exports" map missing');
  for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'string' && !target.endsWith('.css') && !target.endsWith('.json')) {
      problems.push(`package.json: exports["${entry}"] has no "types" condition`);
    } else if (typeof target === 'object' && !target.types) {
      problems.push(`package.json: exports["${entry}"] has no "types" condition`);
    }
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (/^(workspace|link|file):/.test(range)) {
        problems.push(`package.json: ${field}["${name}"] is still "${range}" in the tarball`);
      }
    }
  }
  return problems;
}

/** Imports of the packed files that the manifest does not declare. */
async function checkImports(ts, pkg, root) {
  const problems = [];
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
  ]);
  const strict = NO_RUNTIME_DEPENDENCIES.has(pkg.name);
  // A package installed on its own may have optional peers for its typings, nothing else.
  const typesOnly = new Set(
    Object.keys(pkg.peerDependencies ?? {}).filter((n) => pkg.peerDependenciesMeta?.[n]?.optional),
  );
  if (strict) {
    for (const field of ['dependencies', 'optionalDependencies']) {
      if (Object.keys(pkg[field] ?? {}).length) {
        problems.push(`${pkg.name} must have no ${field}: it is installed by npx on its own`);
      }
    }
    for (const name of Object.keys(pkg.peerDependencies ?? {})) {
      if (!typesOnly.has(name))
        problems.push(`${pkg.name}: peer dependency "${name}" must be optional`);
    }
  }
  const seen = new Map();
  for (const file of await listFiles(root)) {
    const declaration = /\.d\.m?ts$/.test(file);
    if (!declaration && !/\.m?js$/.test(file)) continue;
    for (const specifier of importsOf(ts, await readFile(file, 'utf8'))) {
      if (builtins.has(specifier)) continue;
      const name = packageOf(specifier);
      const allowed = strict ? declaration && typesOnly.has(name) : declared.has(name);
      if (!allowed && !seen.has(name)) seen.set(name, relative(root, file));
    }
  }
  for (const [name, file] of seen) {
    problems.push(
      strict
        ? `${file} imports "${name}": ${pkg.name} may import only node: built-ins (bundle it)`
        : `${file} imports "${name}", which is not in dependencies or peerDependencies`,
    );
  }
  return problems;
}

async function runPublint(tarball) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const buffer = await readFile(tarball);
  const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const { messages, pkg } = await publint({
    pack: { tarball: data },
    strict: true,
    level: 'suggestion',
  });
  return messages.map(
    (m) => `publint ${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`,
  );
}

/** Resolution modes the ESM-only profile of attw does not check (this toolkit ships no CJS). */
const CJS_OR_LEGACY = new Set(['node10', 'node16-cjs']);

function countsForEsmOnly(problem) {
  if (problem.resolutionKind) return !CJS_OR_LEGACY.has(problem.resolutionKind);
  if (problem.resolutionOption === 'node10') return false;
  // TypeScript's ModuleKind.CommonJS is 1: a require() from CJS code.
  if (problem.resolutionOption === 'node16' && problem.resolutionMode === 1) return false;
  return true;
}

async function runAttw(tarball, pkg) {
  const bin = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', '.bin', 'attw');
  // Stylesheets have no types to check.
  const css = Object.keys(pkg.exports ?? {}).filter((entry) => entry.endsWith('.css'));
  const args = [tarball, '--profile', 'esm-only', '--format', 'json'];
  if (css.length) args.push('--exclude-entrypoints', ...css);
  let stdout;
  try {
    ({ stdout } = await run(bin, args, { maxBuffer: 64 << 20 }));
  } catch (error) {
    if (typeof error.stdout !== 'string' || !error.stdout.trim().startsWith('{')) {
      return [`attw failed: ${error.stderr || error.message}`];
    }
    stdout = error.stdout;
  }
  const report = JSON.parse(stdout);
  const problems = report.problems ?? report.analysis?.problems ?? [];
  const list = (Array.isArray(problems) ? problems : Object.values(problems).flat()).filter(
    countsForEsmOnly,
  );
  return list.map((p) =>
    `attw ${p.kind}: ${[
      p.entrypoint,
      p.resolutionKind ?? p.resolutionOption,
      p.fileName,
      p.moduleSpecifier,
      p.error,
    ]
      .filter(Boolean)
      .join(' ')}`.trim(),
  );
}

/** Packs and checks one package; returns its row. */
export async function checkPackage(ts, { name, dir }, dest) {
  const tarball = await pack(dir, dest);
  const size = (await stat(tarball)).size;
  const root = await mkdtemp(join(tmpdir(), 'city-app-unpacked-'));
  try {
    await run('tar', ['-xzf', tarball, '-C', root]);
    const packageRoot = join(root, 'package');
    const pkg = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8'));
    const files = (await listFiles(packageRoot)).length;
    const problems = [
      ...checkManifest(pkg),
      ...(await checkImports(ts, pkg, packageRoot)),
      ...(await runPublint(tarball)),
      ...(await runAttw(tarball, pkg)),
    ];
    return { name, version: pkg.version, files, size, tarball, problems };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

async function main() {
  const args = process.argv.slice(2);
  const keepAt = args.indexOf('--keep');
  const keep = keepAt >= 0 ? args.splice(keepAt, 2)[1] : undefined;
  const only = new Set(args);
  const ts = require('typescript');
  const all = await publicPackages();
  const unknown = [...only].filter((n) => !all.some((p) => p.name === n));
  if (unknown.length) {
    console.error(`check-packages: no public workspace package named ${unknown.join(', ')}`);
    process.exit(2);
  }
  const chosen = only.size ? all.filter((p) => only.has(p.name)) : all;
  const dest = keep ?? (await mkdtemp(join(tmpdir(), 'city-app-packs-')));
  const rows = [];
  try {
    for (const p of chosen) {
      try {
        rows.push(await checkPackage(ts, p, dest));
      } catch (error) {
        rows.push({
          name: p.name,
          version: p.version,
          files: 0,
          size: 0,
          problems: [String(error.message ?? error)],
        });
      }
    }
  } finally {
    if (!keep) await rm(dest, { recursive: true, force: true });
  }
  const table = rows.map((r) => ({
    package: r.name,
    version: r.version,
    files: r.files,
    tarball: kilobytes(r.size),
    result: r.problems.length ? `${r.problems.length} problem(s)` : 'ok',
  }));
  console.table(table);
  const failed = rows.filter((r) => r.problems.length);
  for (const r of failed) {
    console.error(`\n${r.name}:`);
    for (const p of r.problems) console.error(`  - ${p}`);
  }
  if (failed.length) {
    console.error(`\ncheck-packages: ${failed.length} of ${rows.length} packages have problems.`);
    process.exit(1);
  }
  console.log(
    `check-packages: ${rows.length} packages ok (publint --strict, attw esm-only, manifest, imports).`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
