import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CityConfig,
  type CityConfigInput,
  closestName,
  contrastRatio,
  defineCity,
  enabledModuleIds,
  isHexColor,
  MIN_TEXT_CONTRAST,
} from '@city-app/core';
import { openItems } from '@city-app/core/legal';
import { findSampleFiles } from '@city-app/server/open-items';
import { isSettingName, readSetting, SETTINGS } from '@city-app/server/settings';
import type { CommandContext } from '../context.js';
import { EXIT } from '../errors.js';
import { loadProject } from '../project/city.js';
import { unresolvedConflicts } from '../project/conflicts.js';
import { serverEnv } from '../project/env-file.js';
import type { AvailableModule } from '../project/modules.js';
import { configIssues } from './config.js';
import { sourcesChecks } from './sources-check.js';
import { checkVapidKeys } from './vapid.js';

export interface Check {
  id: string;
  status: 'ok' | 'warn' | 'fail';
  message: string;
  hint?: string;
}

const MIN_NODE = [20, 19] as const;

function nodeCheck(version: string): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return ok
    ? { id: 'node', status: 'ok', message: `Node ${version}` }
    : {
        id: 'node',
        status: 'fail',
        message: `Node ${version} is too old; city-app needs ${MIN_NODE.join('.')} or later.`,
        hint: 'Install a current Node LTS (nodejs.org) and run the command again.',
      };
}

async function databaseChecks(
  root: string,
  env: Record<string, string | undefined>,
): Promise<Check[]> {
  const url = readSetting(env, 'DATABASE_URL');
  const dataDir = readSetting(env, 'CITY_APP_DATA_DIR') ?? join(root, '.data', 'db');
  if (!url && !existsSync(dataDir)) {
    return [
      {
        id: 'database',
        status: 'ok',
        message: `Embedded database (PGlite) in ${dataDir}: not created yet; the first start creates it.`,
      },
    ];
  }
  try {
    // Loaded on use: the server kernel is heavy and only this check needs it.
    const { listSources, openDatabase } = await import('@city-app/server');
    const db = await openDatabase({ ...(url ? { url } : { dataDir }) });
    let sources: Check[];
    try {
      await db.query('select 1');
      sources = await sourcesChecks(db, listSources);
    } finally {
      await db.close();
    }
    return [
      {
        id: 'database',
        status: 'ok',
        message: url
          ? 'PostgreSQL (DATABASE_URL) answers.'
          : `Embedded database in ${dataDir} opens.`,
      },
      ...sources,
    ];
  } catch (error) {
    const e = error as { code?: string; message: string; hint?: string };
    if (e.code === 'database_locked') {
      return [
        {
          id: 'database',
          status: 'ok',
          message: `Embedded database in ${dataDir} is in use by the running server.`,
        },
      ];
    }
    return [
      {
        id: 'database',
        status: 'fail',
        message: e.message,
        hint: e.hint ?? 'Check DATABASE_URL (or CITY_APP_DATA_DIR) and that the database runs.',
      },
    ];
  }
}

type Env = Record<string, string | undefined>;

async function conflictsCheck(root: string): Promise<Check> {
  const files = await unresolvedConflicts(root);
  return files.length
    ? {
        id: 'conflicts',
        status: 'fail',
        message: `Unresolved conflict markers (<<<<<<< … >>>>>>>) in ${files.join(', ')}.`,
        hint: 'Keep the lines you want in each file and delete the markers.',
      }
    : { id: 'conflicts', status: 'ok', message: 'No unresolved conflict markers.' };
}

/** Variables that look like the server's but are not in its list: a typo it would ignore. */
function settingsCheck(env: Env): Check {
  const names = SETTINGS.map((s) => s.name);
  const unknown = Object.keys(env)
    .filter((name) => name.startsWith('CITY_APP_') && !isSettingName(name))
    .sort();
  if (!unknown.length) {
    return { id: 'settings', status: 'ok', message: 'No unknown CITY_APP_* variable is set.' };
  }
  const named = unknown.map((name) => {
    const meant = closestName(name, names);
    return meant ? `${name} (did you mean ${meant}?)` : name;
  });
  return {
    id: 'settings',
    status: 'fail',
    message: `The server reads no ${named.join(', ')}.`,
    hint: 'Rename or remove it; deploy/.env.example lists every setting.',
  };
}

function vapidCheck(env: Env): Check {
  const pub = readSetting(env, 'CITY_APP_VAPID_PUBLIC_KEY');
  const priv = readSetting(env, 'CITY_APP_VAPID_PRIVATE_KEY');
  const subject = readSetting(env, 'CITY_APP_VAPID_SUBJECT');
  if (!pub && !priv && !subject) {
    return {
      id: 'vapid',
      status: 'ok',
      message:
        'No VAPID keys set: the server makes a pair at its first start and keeps it in the database.',
    };
  }
  const missing = Object.entries({
    CITY_APP_VAPID_PUBLIC_KEY: pub,
    CITY_APP_VAPID_PRIVATE_KEY: priv,
    CITY_APP_VAPID_SUBJECT: subject,
  }).find(([, value]) => !value)?.[0];
  if (missing) {
    return {
      id: 'vapid',
      status: 'fail',
      message: `${missing} is not set, but the other VAPID settings are: the server will not start.`,
      hint: 'Set all three (city-app vapid makes a key pair), or none.',
    };
  }
  const problem = checkVapidKeys(pub as string, priv as string);
  return problem
    ? {
        id: 'vapid',
        status: 'fail',
        message: `VAPID keys: ${problem}`,
        hint: 'Make a new pair with city-app vapid.',
      }
    : { id: 'vapid', status: 'ok', message: 'VAPID key pair is valid.' };
}

function smtpCheck(env: Env): Check {
  const raw = readSetting(env, 'CITY_APP_SMTP_URL');
  if (!raw) {
    return {
      id: 'smtp',
      status: 'warn',
      message:
        'CITY_APP_SMTP_URL is not set: e-mails (booking confirmations, reminders) are written as .eml files, not sent.',
      hint: 'Set CITY_APP_SMTP_URL=smtps://user:password@mail.example.de:465 in the environment.',
    };
  }
  try {
    const url = new URL(raw);
    if (!['smtp:', 'smtps:'].includes(url.protocol)) throw new Error(`protocol ${url.protocol}`);
    if (!url.hostname) throw new Error('no host');
    return {
      id: 'smtp',
      status: 'ok',
      message: `SMTP server ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}.`,
    };
  } catch (error) {
    return {
      id: 'smtp',
      status: 'fail',
      message: `CITY_APP_SMTP_URL cannot be used (${(error as Error).message}).`,
      hint: 'Use smtp://user:password@host:587 or smtps://user:password@host:465.',
    };
  }
}

function contrastCheck(input: unknown): Check {
  const branding =
    (input as { branding?: { primaryColor?: unknown; onPrimaryColor?: unknown } }).branding ?? {};
  const primary = typeof branding.primaryColor === 'string' ? branding.primaryColor : '#1a5f7a';
  const on = typeof branding.onPrimaryColor === 'string' ? branding.onPrimaryColor : '#ffffff';
  if (!isHexColor(primary) || !isHexColor(on)) {
    return {
      id: 'contrast',
      status: 'fail',
      message: 'branding colours are not hex colours.',
      hint: 'Use colours such as #1a5f7a.',
    };
  }
  const ratio = contrastRatio(primary, on);
  return ratio >= MIN_TEXT_CONTRAST
    ? {
        id: 'contrast',
        status: 'ok',
        message: `Text on the primary colour reaches ${ratio.toFixed(2)}:1.`,
      }
    : {
        id: 'contrast',
        status: 'fail',
        message: `branding.primaryColor ${primary} reaches only ${ratio.toFixed(2)}:1 against ${on}; 4.5:1 is needed.`,
        hint: 'city-app config validate names the nearest colour that passes.',
      };
}

/**
 * What the town still has to fill in (the same list as the admin overview's "Noch
 * einzutragen"), one warning each: residents see none of it, but the pages stay incomplete
 * until it is done. Skipped while the config itself is invalid (the config check says why).
 */
async function openItemChecks(
  root: string,
  input: unknown,
  modules: readonly AvailableModule[],
): Promise<Check[]> {
  let city: CityConfig;
  try {
    city = defineCity(input as CityConfigInput);
  } catch {
    return [];
  }
  const manifests = modules.map((m) => m.manifest);
  const samples = await findSampleFiles(root, {
    moduleIds: enabledModuleIds(city),
    ...(city.branding.logo ? { logo: city.branding.logo } : {}),
  });
  const items = openItems(city, manifests, samples);
  if (!items.length) {
    return [{ id: 'open-items', status: 'ok', message: 'Nothing is left to fill in.' }];
  }
  return items.map((item) => ({
    id: `open-item:${item.where}`,
    status: 'warn',
    message: `Still to fill in: ${item.what.en} (${item.where === item.file ? item.file : `${item.where} in ${item.file}`}).`,
    hint: 'Residents do not see it until it is filled in; the admin overview lists it too.',
  }));
}

/** `city-app doctor`: what a town must fix before (or while) running its app. */
export async function doctorCommand(
  ctx: CommandContext,
  envFile?: string,
  nodeVersion = process.versions.node,
): Promise<{ checks: Check[]; exitCode: number }> {
  const { project, input, modules } = await loadProject(ctx);
  const env = await serverEnv(ctx.cwd, ctx.env, envFile);
  const issues = configIssues(input, modules);
  const checks: Check[] = [
    nodeCheck(nodeVersion),
    issues.length
      ? {
          id: 'config',
          status: 'fail',
          message: `city.config.ts has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues.map((i) => i.field).join(', ')}.`,
          hint: 'Run city-app config validate for details.',
        }
      : { id: 'config', status: 'ok', message: 'city.config.ts is valid.' },
    await conflictsCheck(project.root),
    settingsCheck(env),
    ...(await databaseChecks(project.root, env)),
    vapidCheck(env),
    smtpCheck(env),
    contrastCheck(input),
    ...(await openItemChecks(project.root, input, modules)),
  ];
  const exitCode = checks.some((c) => c.status === 'fail') ? EXIT.problems : EXIT.ok;
  if (!ctx.json) {
    const mark = { ok: '✔', warn: '!', fail: '✖' } as const;
    for (const c of checks) {
      ctx.log(`${mark[c.status]} ${c.message}`);
      if (c.hint && c.status !== 'ok') ctx.log(`    → ${c.hint}`);
    }
    const failed = checks.filter((c) => c.status === 'fail').length;
    ctx.log(failed ? `\n${failed} thing${failed === 1 ? '' : 's'} to fix.` : '\nNothing to fix.');
  }
  return { checks, exitCode };
}
