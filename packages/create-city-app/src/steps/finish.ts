import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cityError, defineCity } from '@city-app/core';
import { openItems } from '@city-app/core/legal';
import { RUN_MESSAGES } from '../messages/run.js';
import type { Context } from './context.js';

function isMissingProgram(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Step 4: install with the chosen package manager, streaming its output. */
export async function installDependencies(ctx: Context): Promise<void> {
  const pm = ctx.packageManager ?? 'npm';
  const target = ctx.target as string;
  if (!ctx.install) return;
  const say = RUN_MESSAGES[ctx.language];
  if (ctx.options.dryRun) {
    ctx.log(say.dryRunInstall(pm, target));
    return;
  }
  ctx.log(say.installing(pm));
  let code: number;
  try {
    code = await ctx.exec(pm, ['install'], { cwd: target });
  } catch (error) {
    if (!isMissingProgram(error)) throw error;
    code = -1;
  }
  if (code !== 0) {
    throw code === -1
      ? cityError('package_manager_missing', { pm, target, other: pm === 'pnpm' ? 'npm' : 'pnpm' })
      : cityError('install_failed', { pm, code, target });
  }
}

function insideGitRepository(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** Step 5: a git repository with a first commit; skipped quietly where it cannot help. */
export async function initGit(ctx: Context): Promise<void> {
  const target = ctx.target as string;
  if (!ctx.git) return;
  const say = RUN_MESSAGES[ctx.language];
  if (insideGitRepository(dirname(target))) {
    ctx.notes.push(say.insideGitRepository);
    return;
  }
  if (ctx.options.dryRun) {
    ctx.log(say.dryRunGit(target));
    return;
  }
  try {
    const steps: string[][] = [
      ['init', '--quiet'],
      ['add', '--all'],
      ['commit', '--quiet', '--no-verify', '--message', say.firstCommit],
    ];
    for (const args of steps) {
      const code = await ctx.exec('git', args, { cwd: target, quiet: true });
      if (code !== 0) {
        ctx.notes.push(args[0] === 'commit' ? say.gitNoCommit : say.gitFailed(String(args[0])));
        return;
      }
    }
  } catch (error) {
    if (!isMissingProgram(error)) throw error;
    ctx.notes.push(say.gitMissing);
  }
}

/** Step 6: what to do next. */
export function nextSteps(ctx: Context): void {
  const target = ctx.target as string;
  const pm = ctx.packageManager ?? 'npm';
  const run = pm === 'pnpm' ? 'pnpm' : 'npm run';
  const name = ctx.answers?.city.town.name ?? '';
  const t = RUN_MESSAGES[ctx.language];
  for (const note of ctx.notes) ctx.log(`${t.note}: ${note}`);
  if (ctx.options.dryRun) {
    ctx.log(t.dryRun);
    return;
  }
  const where = relative(ctx.cwd, target) || '.';
  ctx.log('');
  ctx.log(t.ready(name, where, ctx.tree?.size ?? 0));
  ctx.log('');
  ctx.log(t.next);
  if (where !== '.') ctx.log(`  cd ${where.includes(' ') ? JSON.stringify(where) : where}`);
  if (!ctx.install) ctx.log(`  ${pm} install`);
  ctx.log(`  ${run} dev        # http://localhost:3000`);
  const open = ctx.answers ? openItems(defineCity(ctx.answers.city)).length : 0;
  if (open) {
    ctx.log('');
    ctx.log(t.placeholders(open));
    ctx.log(t.placeholdersWhy);
  }
}
