import {
  CityAppError,
  cityError,
  defineCity,
  enabledModuleIds,
  errors,
  GERMAN_STATES,
  localize,
  resolveModuleConfigs,
  starterTarget,
} from '@city-app/core';
// The full build, not the runtime alone: a module's starting content ships as `.hbs` text in
// its package and is compiled here; the app template's files come precompiled.
import Handlebars from 'handlebars';
import { type AppTemplate, appTemplates } from '../generated/templates.js';
import type { PackageSource, ProjectAnswers, ProjectRecord } from './answers.js';
import { escapeHtml, escapeJson, escapeMarkdown, toTsLiteral } from './escape.js';
import { FsTree } from './fs-tree.js';
import type { ModuleInfo } from './modules.js';
import { cityPackages } from './packages.js';

export interface GenerateOptions {
  /** Version of the templates (the CLI's version); recorded in `.city-app.json`. */
  templateVersion: string;
  /** Overrides `answers.packageSource`. */
  packageSource?: PackageSource;
  /** The modules that exist; defaults to those bundled with the CLI. */
  modules: readonly ModuleInfo[];
  /** Templates; defaults to templates/app as bundled (precompiled) with the CLI. */
  templates?: readonly AppTemplate[];
}

// One Handlebars environment with escaping turned off: every template says how each value
// is escaped ({{json}}, {{ts}}, {{md}}, {{html}}), so nothing relies on HTML escaping
// where the file is not HTML.
const handlebars = Handlebars.create();
const lastArgIsOptions = (args: unknown[]) => args.slice(0, -1);
handlebars.registerHelper('json', (...args: unknown[]) => {
  const [value] = lastArgIsOptions(args);
  const hash = (args.at(-1) as { hash?: { indent?: number } }).hash ?? {};
  return escapeJson(value, hash.indent);
});
handlebars.registerHelper('ts', (value: unknown) => toTsLiteral(value));
handlebars.registerHelper('md', (value: unknown) => escapeMarkdown(value));
handlebars.registerHelper('html', (value: unknown) => escapeHtml(value));
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
// `pick "Rathaus" categories`: the preferred value if the list has it, else the list's first.
handlebars.registerHelper('pick', (preferred: unknown, list: unknown) =>
  Array.isArray(list) && !list.includes(preferred) && list.length ? list[0] : preferred,
);
handlebars.registerHelper('concat', (...args: unknown[]) =>
  lastArgIsOptions(args).map(String).join(''),
);

const compiled = new WeakMap<object, Handlebars.TemplateDelegate>();
function templateOf(spec: object): Handlebars.TemplateDelegate {
  let template = compiled.get(spec);
  if (!template) {
    template = handlebars.template(spec as Parameters<typeof handlebars.template>[0]);
    compiled.set(spec, template);
  }
  return template;
}

// The same options as the precompiled app template (see scripts/collect.mjs).
const compiledText = new Map<string, Handlebars.TemplateDelegate>();
function templateOfText(text: string): Handlebars.TemplateDelegate {
  let template = compiledText.get(text);
  if (!template) {
    template = handlebars.compile(text, { noEscape: true, strict: true });
    compiledText.set(text, template);
  }
  return template;
}

function renderFailed(path: string, cause: unknown): CityAppError {
  if (cause instanceof CityAppError) return cause;
  return cityError('template_failed', { path, reason: (cause as Error).message }, { cause });
}

/**
 * The starting content of one module as it lands in the project: each file of its package's
 * `starter/` that the manifest places, `.hbs` files rendered with the town's answers.
 */
function renderStarter(module: ModuleInfo, view: object): [path: string, text: string][] {
  const files: [string, string][] = [];
  for (const { file, text } of module.starter ?? []) {
    const target = starterTarget(module.manifest.starter, file);
    if (!target) continue;
    if (!target.endsWith('.hbs')) {
      files.push([target, text]);
      continue;
    }
    const path = target.slice(0, -4);
    try {
      files.push([path, templateOfText(text)(view)]);
    } catch (cause) {
      throw renderFailed(`${module.packageName}: ${path}`, cause);
    }
  }
  return files;
}

const DAY_MS = 86_400_000;
function daysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Renders a town project into an in-memory tree. Pure: the same answers, template version
 * and modules give the same bytes. Throws `CityAppError` when the answers are not valid.
 */
/**
 * The command that moves a project to the newest `@city-app/*` packages. npm takes no name
 * pattern (`npm up "@city-app/*"` matches no package and does nothing), so it gets each name.
 */
export function upgradeCommand(packageManager: string, names: readonly string[]): string {
  if (packageManager === 'pnpm') return 'pnpm up --latest "@city-app/*"';
  const own = names.filter((name) => name.startsWith('@city-app/')).sort();
  return `npm install ${own.map((name) => `${name}@latest`).join(' ')}`;
}

export function generateProject(answers: ProjectAnswers, options: GenerateOptions): FsTree {
  const packageSource = options.packageSource ?? answers.packageSource;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(answers.createdOn) ||
    Number.isNaN(Date.parse(answers.createdOn))
  ) {
    throw errors.validation(
      'createdOn',
      `"${answers.createdOn}" is not a date.`,
      'Use YYYY-MM-DD.',
    );
  }
  const { $schema: _schema, ...cityInput } = answers.city;
  const config = defineCity(cityInput);
  const manifests = options.modules.map((m) => m.manifest);
  const { moduleConfigs } = resolveModuleConfigs(config, manifests);
  const moduleIds = enabledModuleIds(config);
  const modules = moduleIds.map((id) => {
    const info = options.modules.find((m) => m.manifest.id === id);
    if (!info)
      throw errors.unknownModule(
        id,
        manifests.map((m) => m.id),
      );
    return info;
  });
  const packages = cityPackages(modules, packageSource);
  const record: ProjectRecord = {
    templateVersion: options.templateVersion,
    answers: { ...answers, packageSource },
    packages,
  };
  const locale = config.locales[0] ?? 'de';
  const view = {
    city: cityInput,
    config,
    town: config.town,
    appName: config.branding.appName,
    description:
      config.branding.appName === config.town.name
        ? `Die App für ${config.town.name}`
        : `${config.branding.appName} – die App für ${config.town.name}`,
    primaryColor: config.branding.primaryColor,
    onPrimaryColor: config.branding.onPrimaryColor,
    stateName: GERMAN_STATES[config.town.state],
    initial: Array.from(config.town.name.trim())[0]?.toLocaleUpperCase('de') ?? '?',
    locale,
    modules: modules.map((m) => ({
      id: m.manifest.id,
      packageName: m.packageName,
      title: localize(m.manifest.title, 'de'),
      titleEn: localize(m.manifest.title, 'en'),
      description: localize(m.manifest.description, 'de'),
      descriptionEn: localize(m.manifest.description, 'en'),
    })),
    moduleConfigs: Object.fromEntries(moduleConfigs),
    packages,
    packageManager: answers.packageManager,
    run: answers.packageManager === 'pnpm' ? 'pnpm' : 'npm run',
    cityApp: answers.packageManager === 'pnpm' ? 'pnpm city-app' : 'npx city-app',
    upgrade: upgradeCommand(answers.packageManager, Object.keys(packages)),
    // pnpm settings in package.json only take effect outside a workspace.
    standalonePnpm: answers.packageManager === 'pnpm' && packageSource.kind !== 'workspace',
    registry: packageSource.kind === 'registry',
    record,
    dates: {
      created: answers.createdOn,
      dayBefore: daysBefore(answers.createdOn, 1),
      threeDaysBefore: daysBefore(answers.createdOn, 3),
    },
  };

  const tree = new FsTree();
  for (const template of options.templates ?? appTemplates) {
    const { path } = template;
    if ('text' in template) {
      tree.write(path, template.text);
      continue;
    }
    try {
      tree.write(path, templateOf(template.spec)(view));
    } catch (cause) {
      throw renderFailed(path, cause);
    }
  }
  // Each enabled module's starting content, from its own package.
  for (const module of modules) {
    for (const [path, text] of renderStarter(module, view)) tree.write(path, text);
  }
  return tree;
}

/**
 * Where a project keeps what the templates produced at its generation (and after each
 * `city-app update`): the "base" of update's three-way merge. Without it, a project whose
 * templates have moved on could not tell its own edits from template changes.
 */
export const BASE_FOLDER = '.city-app/base';

/** The tree plus its own copy under `.city-app/base/`, as create-city-app writes it. */
export function withBaseSnapshot(tree: FsTree): FsTree {
  const withBase = new FsTree();
  for (const [path, contents] of tree.entries()) {
    withBase.write(path, contents);
    withBase.write(`${BASE_FOLDER}/${path}`, contents);
  }
  return withBase;
}
