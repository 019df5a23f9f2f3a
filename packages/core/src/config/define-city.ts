import type { ConfigIssue } from '../errors/city-app-error.js';
import type { Locale } from '../i18n/locale.js';
import type { ModuleManifest } from '../module/manifest.js';
import { slugify } from '../town/slug.js';
import { invalidConfigError } from './config-error.js';
import { CONFIG_ISSUE_TEXTS } from './issue-texts.js';
import { toConfigIssues } from './issues.js';
import { PARSE_ONCE } from './parse-once.js';
import { type CityConfig, type CityConfigInput, citySchema } from './schema.js';
import { strictOptions } from './strict-options.js';

/**
 * Validates a town config and fills its defaults. Used in `city.config.ts`, so a mistake
 * shows when the config is loaded, with every problem named by its path.
 */
export function defineCity(input: CityConfigInput): CityConfig {
  const result = citySchema.safeParse(input, PARSE_ONCE);
  if (!result.success) {
    throw invalidConfigError(toConfigIssues(result.error, [], { schema: citySchema, input }));
  }
  const config = result.data;
  return {
    ...config,
    town: { ...config.town, slug: config.town.slug ?? slugify(config.town.name) },
    branding: { ...config.branding, appName: config.branding.appName ?? config.town.name },
  };
}

/** The enabled modules of a config, in the order the town lists them. */
export function enabledModuleIds(config: Pick<CityConfig, 'modules'>): string[] {
  return Object.entries(config.modules)
    .filter(([, entry]) => entry.enabled !== false)
    .map(([id]) => id);
}

/**
 * Checks each enabled module's options against its manifest's schema and returns the config
 * with module options parsed (defaults filled). Unknown modules are reported, not ignored.
 * The problems are worded in `locale`: English for the server's log, the town's language
 * where `city-app config validate` shows them to the consultant.
 */
export function resolveModuleConfigs(
  config: CityConfig,
  manifests: readonly ModuleManifest[],
  locale: Locale = 'en',
): { config: CityConfig; moduleConfigs: Map<string, unknown> } {
  const say = CONFIG_ISSUE_TEXTS[locale];
  const byId = new Map(manifests.map((m) => [m.id, m]));
  const issues: ConfigIssue[] = [];
  const moduleConfigs = new Map<string, unknown>();
  for (const id of enabledModuleIds(config)) {
    const manifest = byId.get(id);
    if (!manifest) {
      issues.push({
        field: `modules.${id}`,
        message: say.noModule(id),
        hint: say.installOrRemove([...byId.keys()]),
      });
      continue;
    }
    const { enabled: _enabled, package: _package, ...options } = config.modules[id] ?? {};
    const schema = strictOptions(manifest.configSchema);
    const parsed = schema.safeParse(options, PARSE_ONCE);
    if (parsed.success) moduleConfigs.set(id, parsed.data);
    else
      issues.push(
        ...toConfigIssues(parsed.error, ['modules', id], { schema, input: options, locale }),
      );
  }
  if (issues.length) throw invalidConfigError(issues);
  return { config, moduleConfigs };
}
