import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type CityConfigInput,
  cityError,
  contrastRatio,
  GERMAN_STATE_CODES,
  GERMAN_STATES,
  isHexColor,
  legalSchema,
  localize,
  MIN_TEXT_CONTRAST,
  nearestAccessibleColor,
  slugify,
  toConfigIssues,
} from '@city-app/core';
import type { PackageManager } from '../engine/answers.js';
import { promptFields } from '../engine/modules.js';
import { CHECK_MESSAGES } from '../messages/check.js';
import { languageOf } from '../messages/language.js';
import { RUN_MESSAGES, type RunMessages } from '../messages/run.js';
import type { Context } from './context.js';
import { invalidInput } from './errors.js';

export const DEFAULT_PRIMARY_COLOR = '#1a5f7a';
const DEFAULT_TEXT_ON_PRIMARY = '#ffffff';

type PartialCity = Partial<Omit<CityConfigInput, 'town' | 'branding' | 'modules'>> & {
  town?: Partial<CityConfigInput['town']>;
  branding?: Partial<NonNullable<CityConfigInput['branding']>>;
  modules?: Record<string, Record<string, unknown>>;
};

async function readConfigFile(ctx: Context): Promise<PartialCity | undefined> {
  const file = ctx.options.config;
  if (file === undefined) return undefined;
  const say = CHECK_MESSAGES[ctx.language];
  const fail = (message: string, hint: string) =>
    invalidInput([{ field: '--config', message, hint }]);
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, file), 'utf8');
  } catch {
    throw fail(say.unreadableConfig(file), say.configPath);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fail(say.notJson(file, (error as Error).message), say.fixJson);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw fail(say.notObject(file), say.objectShape);
  }
  return parsed as PartialCity;
}

/** pnpm when the CLI was started by pnpm (`pnpm create city-app`), else npm. */
function detectPackageManager(env: Context['env']): PackageManager {
  return env.npm_config_user_agent?.startsWith('pnpm') ? 'pnpm' : 'npm';
}

function contrastProblem(color: string, textColor: string, t: RunMessages): string | undefined {
  if (!isHexColor(color)) return t.notHex(color, DEFAULT_PRIMARY_COLOR);
  const ratio = contrastRatio(color, textColor);
  if (ratio >= MIN_TEXT_CONTRAST) return undefined;
  return t.lowContrast(color, t.ratio(ratio), textColor, nearestAccessibleColor(color, textColor));
}

/** Checked as it is typed: the run must not fail at its end over an address, losing every answer. */
function emailProblem(value: string, t: RunMessages): string | true {
  if (!value.trim()) return true;
  return legalSchema.shape.feedbackEmail.safeParse(value.trim()).success ? true : t.notEmail;
}

/**
 * The legal facts a generator can know: the town's name and, if given, its e-mail. Everything
 * else is left out (residents see nothing instead of a placeholder); an e-mail not given is a
 * reserved `.example` address, which the app never shows. `city-app doctor` and the admin
 * overview list all of it as still to fill in.
 */
export function placeholderLegal(townName: string, email?: string): CityConfigInput['legal'] {
  const address = email ?? `rathaus@${slugify(townName) || 'stadt'}.example`;
  return {
    imprint: { organisation: `Stadt ${townName}`, email: address },
    privacy: { controller: `Stadt ${townName}`, email: address },
    accessibility: { contactEmail: address },
    feedbackEmail: address,
  };
}

const FLAG_OF = {
  town: '--town',
  state: '--state',
  modules: '--modules',
  primaryColor: '--primary-color',
  locale: '--locale',
} as const;

/**
 * Step 1: the answers, from `--config`, then flags (which win), then prompts or defaults.
 * Without a terminal and without `--yes` nothing is assumed: every missing value is named.
 */
export async function gatherAnswers(ctx: Context): Promise<void> {
  const { options } = ctx;
  const file = await readConfigFile(ctx);
  const known = ctx.modules.map((m) => m.manifest.id);

  let townName = options.town ?? file?.town?.name;
  let state = (options.state ?? file?.town?.state)?.toUpperCase();
  let moduleIds =
    options.modules !== undefined
      ? options.modules
          .split(',')
          .map((id) => id.trim().toLowerCase())
          .filter(Boolean)
      : file?.modules
        ? Object.keys(file.modules)
        : undefined;
  let primaryColor = options.primaryColor ?? file?.branding?.primaryColor;
  let locale = options.locale ?? file?.locales?.[0];
  const textColor = file?.branding?.onPrimaryColor ?? DEFAULT_TEXT_ON_PRIMARY;
  if (file) {
    // A config file is a whole town config: what it leaves out takes the schema's default
    // (no modules, the default colour and languages); only the town and state must be there.
    moduleIds ??= [];
    primaryColor ??= DEFAULT_PRIMARY_COLOR;
    locale ??= 'de';
  }
  // From here on the run speaks the language chosen so far (German until one is chosen).
  if (locale !== undefined) ctx.language = languageOf(locale);

  const missing = {
    town: townName === undefined,
    state: state === undefined,
    modules: moduleIds === undefined,
    primaryColor: primaryColor === undefined,
    locale: locale === undefined,
  };
  const missingFlags = Object.entries(missing)
    .filter(([, isMissing]) => isMissing)
    .map(([key]) => FLAG_OF[key as keyof typeof FLAG_OF]);

  if (!ctx.interactive) {
    const required = options.yes
      ? missingFlags.filter((f) => f === '--town' || f === '--state')
      : missingFlags;
    if (required.length) {
      const onlyTown = options.yes || required.every((f) => f === '--town' || f === '--state');
      throw cityError(
        onlyTown ? 'missing_town' : 'missing_flags',
        { flags: required.join(', ') },
        { field: required[0] },
      );
    }
    moduleIds ??= known;
    primaryColor ??= DEFAULT_PRIMARY_COLOR;
    locale ??= 'de';
  } else {
    const { prompt } = ctx;
    // Asked first: every later question, check and closing word comes in this language.
    if (locale === undefined) {
      locale = await prompt.select({
        name: 'locale',
        message: RUN_MESSAGES.de.language,
        language: ctx.language,
        choices: [
          { value: 'de', name: 'Deutsch' },
          { value: 'en', name: 'English' },
        ],
        default: 'de',
      });
    }
    ctx.language = languageOf(locale);
    const { language } = ctx;
    const t = RUN_MESSAGES[language];
    if (townName === undefined) {
      townName = await prompt.text({
        name: 'town',
        message: t.town,
        language,
        validate: (value) => (slugify(value) ? true : t.townNeedsLetters),
      });
    }
    if (state === undefined) {
      state = await prompt.select({
        name: 'state',
        message: t.state,
        language,
        choices: GERMAN_STATE_CODES.map((code) => ({
          value: code,
          name: `${GERMAN_STATES[code]} (${code})`,
        })),
      });
    }
    if (moduleIds === undefined) {
      moduleIds = await prompt.multiselect({
        name: 'modules',
        message: t.modules,
        language,
        choices: ctx.modules.map((m) => ({
          value: m.manifest.id,
          name: `${localize(m.manifest.title, language)} — ${localize(m.manifest.description, language)}`,
          short: localize(m.manifest.title, language),
          checked: true,
        })),
      });
    }
    if (primaryColor === undefined) {
      primaryColor = await prompt.text({
        name: 'primaryColor',
        message: t.primaryColor,
        language,
        default: DEFAULT_PRIMARY_COLOR,
        validate: (value) => contrastProblem(value.trim(), textColor, t) ?? true,
      });
      primaryColor = primaryColor.trim();
    }
  }
  const { language } = ctx;
  const t = RUN_MESSAGES[language];

  // Options a module wants asked: fields of its schema marked .meta({ prompt: true }).
  const moduleConfigs: Record<string, Record<string, unknown>> = {};
  for (const id of moduleIds ?? []) {
    const fromFile = file?.modules?.[id];
    const entry: Record<string, unknown> = {
      ...(fromFile && typeof fromFile === 'object' ? fromFile : {}),
    };
    const info = ctx.modules.find((m) => m.manifest.id === id);
    if (info && ctx.interactive) {
      for (const field of promptFields(info.manifest.configSchema)) {
        if (field.key in entry) continue;
        // The option's own prompt text is its module author's words, in one language.
        const title = `${localize(info.manifest.title, language)}: ${field.message}`;
        const check = (value: unknown): true | string => {
          const result = field.schema.safeParse(value);
          if (result.success) return true;
          const [issue] = toConfigIssues(result.error, [], { input: value, locale: language });
          const said = [issue?.message, issue?.hint].filter(Boolean).join(' ');
          // A phrase that follows a field name elsewhere; here it stands alone.
          return said.charAt(0).toUpperCase() + said.slice(1);
        };
        let value: unknown;
        if (field.kind === 'boolean') {
          value = await ctx.prompt.confirm({
            name: `modules.${id}.${field.key}`,
            message: title,
            language,
            default: field.default === true,
          });
        } else if (field.kind === 'select') {
          value = await ctx.prompt.select({
            name: `modules.${id}.${field.key}`,
            message: title,
            language,
            choices: (field.choices ?? []).map((c) => ({ value: c, name: c })),
            ...(typeof field.default === 'string' ? { default: field.default } : {}),
          });
        } else {
          const text = await ctx.prompt.text({
            name: `modules.${id}.${field.key}`,
            message: title,
            language,
            ...(field.default !== undefined ? { default: String(field.default) } : {}),
            validate: (raw) => check(field.kind === 'number' ? Number(raw) : raw),
          });
          value = field.kind === 'number' ? Number(text) : text;
        }
        entry[field.key] = value;
      }
    }
    moduleConfigs[id] = entry;
  }

  let email = options.email;
  if (!file?.legal && email === undefined && ctx.interactive) {
    const answer = await ctx.prompt.text({
      name: 'email',
      message: t.email,
      language,
      default: '',
      validate: (value) => emailProblem(value, t),
    });
    email = answer.trim() || undefined;
  }

  const name = (townName ?? '').trim();
  const { slug: fileSlug, ...fileTown } = file?.town ?? {};
  const locales: CityConfigInput['locales'] =
    options.locale !== undefined || !file?.locales
      ? locale === 'en'
        ? ['en', 'de']
        : locale === 'de'
          ? ['de', 'en']
          : ([locale] as unknown as CityConfigInput['locales'])
      : file.locales;

  const city: CityConfigInput = {
    town: {
      ...fileTown,
      name,
      // A slug from the file belongs to the file's name; a new --town derives its own.
      ...(fileSlug !== undefined && options.town === undefined ? { slug: fileSlug } : {}),
      state: state as CityConfigInput['town']['state'],
    },
    branding: {
      ...file?.branding,
      primaryColor: primaryColor as string,
      logo: file?.branding?.logo ?? 'logo.svg',
    },
    locales,
    timezone: file?.timezone ?? 'Europe/Berlin',
    legal: file?.legal ?? placeholderLegal(name, email),
    ...(file?.areas ? { areas: file.areas } : {}),
    modules: moduleConfigs,
  };

  const packageManager = (options.packageManager ??
    detectPackageManager(ctx.env)) as PackageManager;
  ctx.packageManager = packageManager;
  ctx.answers = {
    city,
    packageManager,
    packageSource: { kind: 'registry', version: ctx.version },
    createdOn: ctx.today(),
  };

  if (ctx.interactive) {
    if (options.install === undefined && !options.dryRun) {
      ctx.install = await ctx.prompt.confirm({
        name: 'install',
        message: t.install(packageManager),
        language,
        default: true,
      });
    }
    if (options.git === undefined && !options.dryRun) {
      ctx.git = await ctx.prompt.confirm({
        name: 'git',
        message: t.git,
        language,
        default: true,
      });
    }
  }
  ctx.install ??= options.install ?? true;
  ctx.git ??= options.git ?? true;
}
