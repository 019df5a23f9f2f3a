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
  type Locale,
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
import { townLanguage } from '../project/town-language.js';
import { configIssues } from './config.js';
import { DOCTOR_MESSAGES, type DoctorMessages } from './doctor-messages.js';
import { sourcesChecks } from './sources-check.js';
import { checkVapidKeys } from './vapid.js';

export interface Check {
  id: string;
  status: 'ok' | 'warn' | 'fail';
  message: string;
  hint?: string;
}

const MIN_NODE = [20, 19] as const;

function nodeCheck(version: string, say: DoctorMessages): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return ok
    ? { id: 'node', status: 'ok', message: say.node(version) }
    : {
        id: 'node',
        status: 'fail',
        message: say.nodeOld(version, MIN_NODE.join('.')),
        hint: say.nodeHint,
      };
}

async function databaseChecks(
  root: string,
  env: Record<string, string | undefined>,
  locale: Locale,
): Promise<Check[]> {
  const say = DOCTOR_MESSAGES[locale];
  const url = readSetting(env, 'DATABASE_URL');
  const dataDir = readSetting(env, 'CITY_APP_DATA_DIR') ?? join(root, '.data', 'db');
  if (!url && !existsSync(dataDir)) {
    return [
      {
        id: 'database',
        status: 'ok',
        message: say.dbNotCreated(dataDir),
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
      sources = await sourcesChecks(db, listSources, locale);
    } finally {
      await db.close();
    }
    return [
      {
        id: 'database',
        status: 'ok',
        message: url ? say.postgres : say.dbOpens(dataDir),
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
          message: say.dbInUse(dataDir),
        },
      ];
    }
    return [
      {
        id: 'database',
        status: 'fail',
        message: e.message,
        hint: e.hint ?? say.dbHint,
      },
    ];
  }
}

type Env = Record<string, string | undefined>;

async function conflictsCheck(root: string, say: DoctorMessages): Promise<Check> {
  const files = await unresolvedConflicts(root);
  return files.length
    ? { id: 'conflicts', status: 'fail', message: say.conflicts(files), hint: say.conflictsHint }
    : { id: 'conflicts', status: 'ok', message: say.noConflicts };
}

/** Variables that look like the server's but are not in its list: a typo it would ignore. */
function settingsCheck(env: Env, say: DoctorMessages): Check {
  const names = SETTINGS.map((s) => s.name);
  const unknown = Object.keys(env)
    .filter((name) => name.startsWith('CITY_APP_') && !isSettingName(name))
    .sort();
  if (!unknown.length) {
    return { id: 'settings', status: 'ok', message: say.settingsOk };
  }
  const named = unknown.map((name) => {
    const meant = closestName(name, names);
    return meant ? say.settingMeant(name, meant) : name;
  });
  return {
    id: 'settings',
    status: 'fail',
    message: say.settingsUnknown(named),
    hint: say.settingsHint,
  };
}

function vapidCheck(env: Env, say: DoctorMessages, locale: Locale): Check {
  const pub = readSetting(env, 'CITY_APP_VAPID_PUBLIC_KEY');
  const priv = readSetting(env, 'CITY_APP_VAPID_PRIVATE_KEY');
  const subject = readSetting(env, 'CITY_APP_VAPID_SUBJECT');
  if (!pub && !priv && !subject) {
    return {
      id: 'vapid',
      status: 'ok',
      message: say.vapidNone,
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
      message: say.vapidMissing(missing),
      hint: say.vapidMissingHint,
    };
  }
  const problem = checkVapidKeys(pub as string, priv as string, locale);
  return problem
    ? { id: 'vapid', status: 'fail', message: say.vapidBad(problem), hint: say.vapidBadHint }
    : { id: 'vapid', status: 'ok', message: say.vapidOk };
}

function smtpCheck(env: Env, say: DoctorMessages): Check {
  const raw = readSetting(env, 'CITY_APP_SMTP_URL');
  if (!raw) {
    return {
      id: 'smtp',
      status: 'warn',
      message: say.smtpUnset,
      hint: say.smtpUnsetHint,
    };
  }
  const bad = (problem: string): Check => ({
    id: 'smtp',
    status: 'fail',
    message: say.smtpBad(problem),
    hint: say.smtpBadHint,
  });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return bad(say.smtpNotAnAddress);
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol)) return bad(say.smtpProtocol(url.protocol));
  if (!url.hostname) return bad(say.smtpNoHost);
  const port = url.port || (url.protocol === 'smtps:' ? 465 : 587);
  return { id: 'smtp', status: 'ok', message: say.smtpOk(`${url.hostname}:${port}`) };
}

function contrastCheck(input: unknown, say: DoctorMessages): Check {
  const branding =
    (input as { branding?: { primaryColor?: unknown; onPrimaryColor?: unknown } }).branding ?? {};
  const primary = typeof branding.primaryColor === 'string' ? branding.primaryColor : '#1a5f7a';
  const on = typeof branding.onPrimaryColor === 'string' ? branding.onPrimaryColor : '#ffffff';
  if (!isHexColor(primary) || !isHexColor(on)) {
    return {
      id: 'contrast',
      status: 'fail',
      message: say.coloursNotHex,
      hint: say.coloursNotHexHint,
    };
  }
  const ratio = contrastRatio(primary, on);
  return ratio >= MIN_TEXT_CONTRAST
    ? { id: 'contrast', status: 'ok', message: say.contrastOk(say.ratio(ratio)) }
    : {
        id: 'contrast',
        status: 'fail',
        message: say.contrastLow(primary, say.ratio(ratio), on),
        hint: say.contrastHint,
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
  locale: Locale,
): Promise<Check[]> {
  const say = DOCTOR_MESSAGES[locale];
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
    return [{ id: 'open-items', status: 'ok', message: say.nothingOpen }];
  }
  return items.map((item) => ({
    id: `open-item:${item.where}`,
    status: 'warn',
    message: say.openItem(
      item.what[locale],
      item.where === item.file ? item.file : say.openItemWhere(item.where, item.file),
    ),
    hint: say.openItemHint,
  }));
}

/** `city-app doctor`: what a town must fix before (or while) running its app. */
export async function doctorCommand(
  ctx: CommandContext,
  envFile?: string,
  nodeVersion = process.versions.node,
): Promise<{ checks: Check[]; exitCode: number }> {
  const { project, input, modules } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  const locale = ctx.language;
  const say = DOCTOR_MESSAGES[locale];
  const env = await serverEnv(ctx.cwd, ctx.env, envFile);
  const issues = configIssues(input, modules, locale);
  const checks: Check[] = [
    nodeCheck(nodeVersion, say),
    issues.length
      ? {
          id: 'config',
          status: 'fail',
          message: say.configProblems(
            'city.config.ts',
            issues.map((i) => i.field),
          ),
          hint: say.configHint,
        }
      : { id: 'config', status: 'ok', message: say.configOk('city.config.ts') },
    await conflictsCheck(project.root, say),
    settingsCheck(env, say),
    ...(await databaseChecks(project.root, env, locale)),
    vapidCheck(env, say, locale),
    smtpCheck(env, say),
    contrastCheck(input, say),
    ...(await openItemChecks(project.root, input, modules, locale)),
  ];
  const exitCode = checks.some((c) => c.status === 'fail') ? EXIT.problems : EXIT.ok;
  if (!ctx.json) {
    const mark = { ok: '✔', warn: '!', fail: '✖' } as const;
    for (const c of checks) {
      ctx.log(`${mark[c.status]} ${c.message}`);
      if (c.hint && c.status !== 'ok') ctx.log(`    → ${c.hint}`);
    }
    const failed = checks.filter((c) => c.status === 'fail').length;
    ctx.log(`\n${failed ? say.toFix(failed) : say.nothingToFix}`);
  }
  return { checks, exitCode };
}
