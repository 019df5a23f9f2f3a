import type { z } from 'zod';
import { PARSE_ONCE } from '../config/parse-once.js';
import { CityAppError } from '../errors/city-app-error.js';
import { moduleContractErrors } from '../errors/entries/module-contract.js';
import type { ParamsOf } from '../errors/entry.js';
import type { Localized } from '../i18n/locale.js';
import { type MessageCatalogue, missingTranslations } from '../i18n/translator.js';
import { type PersonalDataDeclaration, personalDataProblems } from '../legal/personal-data.js';
import { type Capability, capabilityProblems } from './capabilities.js';
import { FIELDS_OF_ACTION, type FieldOfAction } from './field-of-action.js';
import { screenPatternProblem } from './screen-path.js';
import { type StarterContent, starterProblems } from './starter.js';

/** A notification topic a module publishes to (e.g. news → "Baustellen"). */
export interface TopicDeclaration {
  id: string;
  title: Localized;
  description: Localized;
}

/** A staff role a module adds beside the kernel's `admin` and `editor` (e.g. `librarian`). */
export interface RoleDeclaration {
  id: string;
  title: Localized;
}

/**
 * An option whose default is only a sample (a library called "Stadtbibliothek", opening hours
 * nobody set): until the town sets it, the open-items list names it.
 */
export interface PlaceholderOption {
  /** Dotted path below the module's options, e.g. "library.address". */
  option: string;
  what: Localized;
}

/**
 * The module's screens as path patterns below its base path: `''` for the start screen,
 * `':slug'` for a detail, `'kurse/:id'`, `'dateien/*'`. Declared once here, where both sides
 * read it: the web part maps each pattern to its screen (`defineWebModule`), and the server
 * answers 404 for a page under the module's paths that matches none of them.
 */
export interface ScreenDeclaration {
  /** Residents' screens under the module's `path`. */
  resident: readonly string[];
  /** Staff screens under `/admin<path>`. */
  staff?: readonly string[];
}

/**
 * The isomorphic part of a module (its package's `.` entry): everything the kernel, the CLI
 * and the web shell need to know about it without loading its server or browser code.
 */
export interface ModuleManifest<Config extends z.ZodType = z.ZodType> {
  /** Lower-case id; the key under `modules` in the town config and the package suffix. */
  id: string;
  title: Localized;
  description: Localized;
  field: FieldOfAction;
  /** The module's options in the town config. Must accept `{}` (every option has a default). */
  configSchema: Config;
  /** Base path of its screens in the PWA and of its API under `/api`. Defaults to `/<id>`. */
  path: string;
  topics: TopicDeclaration[];
  roles: RoleDeclaration[];
  messages: MessageCatalogue;
  /**
   * Its screens' path patterns. Without them the server answers every page under the
   * module's paths with the app (and the app shows its "not found" screen where none fits).
   */
  screens?: ScreenDeclaration;
  /**
   * The personal data the module stores, for the privacy page. Required: a module that
   * stores none declares `[]`, so a forgotten declaration is refused, not silently missing.
   */
  personalData: PersonalDataDeclaration[];
  /** Options whose defaults are only samples the town must replace. */
  placeholders?: PlaceholderOption[];
  /** Starting content and images its package ships in `starter/`, and where each folder goes. */
  starter?: StarterContent[];
  /**
   * The shared cores the module builds on (`['booking', 'notify']`). The kernel sets up each
   * core's tables once, before the modules that use it; a module never creates them itself.
   */
  uses?: readonly Capability[];
}

/**
 * The manifest without its config schema: plain data (ids, texts, messages) that the browser
 * bundle can carry without zod. A module's `./web` entry uses this; `defineModule` adds the
 * schema for the server and the CLI.
 */
export type ModuleMeta = Omit<ModuleManifest, 'configSchema'>;

export type ModuleMetaInput = Omit<ModuleMeta, 'path' | 'topics' | 'roles'> &
  Partial<Pick<ModuleMeta, 'path' | 'topics' | 'roles'>>;

export type ModuleConfig<M> = M extends ModuleManifest<infer C> ? z.output<C> : never;

export type ModuleManifestInput<Config extends z.ZodType> = Omit<
  ModuleManifest<Config>,
  'path' | 'topics' | 'roles'
> &
  Partial<Pick<ModuleManifest<Config>, 'path' | 'topics' | 'roles'>>;

export const MODULE_ID_PATTERN = /^[a-z][a-z0-9-]{0,38}[a-z0-9]$/;

type ManifestErrorId = keyof typeof moduleContractErrors;

// Raised from the entries themselves: manifests are checked in the browser too, and the
// whole catalogue stays off the home screen.
function manifestError<Id extends ManifestErrorId>(
  id: Id,
  params: ParamsOf<(typeof moduleContractErrors)[Id]>,
  field: string,
): CityAppError {
  return new CityAppError({ id, entry: moduleContractErrors[id], params, field });
}

/**
 * Declares a module's plain-data description (no config schema), checking what would
 * otherwise surprise a town later: a malformed id, an unknown field of action, untranslated
 * messages, personal data stored without saying so on the privacy page.
 */
function screenProblems(screens: ScreenDeclaration | undefined): string[] {
  if (!screens) return [];
  const problems: string[] = [];
  for (const [side, patterns] of Object.entries(screens) as [string, readonly string[]][]) {
    const seen = new Set<string>();
    for (const pattern of patterns) {
      const problem = screenPatternProblem(pattern);
      if (problem) problems.push(`screens.${side}: ${problem}`);
      if (seen.has(pattern)) problems.push(`screens.${side}: "${pattern}" is declared twice.`);
      seen.add(pattern);
    }
  }
  return problems;
}

/**
 * Refuses a manifest whose screen patterns are malformed or doubled. The server's
 * `defineServerModule` calls it, so the check runs where the module is loaded, not in the
 * browser (whose home screen would carry it).
 */
export function checkModuleScreens(manifest: Pick<ModuleMeta, 'id' | 'screens'>): void {
  const problems = screenProblems(manifest.screens);
  if (problems.length)
    throw manifestError(
      'module_manifest_screens',
      { id: manifest.id, problems: problems.join(' ') },
      'screens',
    );
}

// With declared screens the result keeps their literal patterns, so the web part's
// `defineWebModule` can require a screen for each one.
export function defineModuleMeta<const S extends ScreenDeclaration>(
  input: ModuleMetaInput & { screens: S },
): ModuleMeta & { screens: S };
export function defineModuleMeta(input: ModuleMetaInput): ModuleMeta;
export function defineModuleMeta(input: ModuleMetaInput): ModuleMeta {
  if (!MODULE_ID_PATTERN.test(input.id)) {
    throw manifestError('module_manifest_invalid_id', { id: input.id }, 'id');
  }
  if (!(input.field in FIELDS_OF_ACTION)) {
    throw manifestError(
      'module_manifest_unknown_field_of_action',
      { id: input.id, field: input.field, known: Object.keys(FIELDS_OF_ACTION).join(', ') },
      'field',
    );
  }
  const missing = missingTranslations(input.messages);
  if (missing.de.length || missing.en.length) {
    const keys = [...missing.de.map((k) => `de:${k}`), ...missing.en.map((k) => `en:${k}`)];
    throw manifestError(
      'module_manifest_missing_translations',
      { id: input.id, keys: keys.join(', ') },
      'messages',
    );
  }
  const privacy = personalDataProblems((input as { personalData?: unknown }).personalData);
  const listed = (problems: string[]) => ({ id: input.id, problems: problems.join(' ') });
  if (privacy.length) {
    throw manifestError('module_manifest_personal_data', listed(privacy), 'personalData');
  }
  const starter = starterProblems(input.id, input.starter);
  if (starter.length) throw manifestError('module_manifest_starter', listed(starter), 'starter');
  const capabilities = capabilityProblems(input.uses);
  if (capabilities.length)
    throw manifestError('module_manifest_uses', listed(capabilities), 'uses');
  return { path: `/${input.id}`, topics: [], roles: [], ...input };
}

/**
 * Declares a module manifest: its meta (checked as in `defineModuleMeta`) plus its config
 * schema, which must accept `{}` so that enabling a module never needs more than its id.
 *
 * The manifest is the module's `.` entry. Its `./server` part (`defineServerModule` in
 * `@city-app/server`) adds migrations, routes, importers, background work and `dates`: the
 * entries it contributes to a resident's "Meine Termine", each a `DatedEntry` of this package.
 */
export function defineModule<Config extends z.ZodType>(
  input: ModuleManifestInput<Config>,
): ModuleManifest<Config> {
  const { configSchema, ...meta } = input;
  const checked = defineModuleMeta(meta);

  if (!configSchema.safeParse({}, PARSE_ONCE).success) {
    throw manifestError(
      'module_manifest_config_needs_defaults',
      { id: input.id, empty: '{}' },
      'configSchema',
    );
  }
  return { ...checked, configSchema };
}
