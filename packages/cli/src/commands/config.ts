import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CityAppError,
  type CityConfig,
  type ConfigIssue,
  cityError,
  cityJsonSchema,
  citySchema,
  type Locale,
  localize,
  moduleEntrySchema,
  resolveModuleConfigs,
  toConfigIssues,
} from '@city-app/core';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import { enabledIds, loadProject } from '../project/city.js';
import { refuseUnresolvedConflicts } from '../project/conflicts.js';
import type { AvailableModule } from '../project/modules.js';
import { findProjectRoot } from '../project/project.js';
import { speakTownLanguage, townLanguage } from '../project/town-language.js';
import { CONFIG_MESSAGES, type ConfigMessages } from './config-messages.js';
import { VALIDATE_MESSAGES } from './validate-messages.js';

type JsonSchema = Record<string, unknown>;

const modulesSchema = z.record(z.string(), moduleEntrySchema);

/**
 * Every problem of a raw town config: the kernel's schema and each enabled module's options
 * against its manifest, each with its dotted path and what to do.
 */
export function configIssues(
  input: unknown,
  modules: readonly AvailableModule[],
  locale: Locale = 'en',
): ConfigIssue[] {
  const say = VALIDATE_MESSAGES[locale];
  const issues: ConfigIssue[] = [];
  const kernel = citySchema.safeParse(input);
  if (!kernel.success) {
    issues.push(...toConfigIssues(kernel.error, [], { schema: citySchema, input, locale }));
  }
  const raw = (input as { modules?: unknown } | null)?.modules ?? {};
  const entries = modulesSchema.safeParse(raw);
  if (entries.success) {
    try {
      resolveModuleConfigs(
        { modules: entries.data } as unknown as CityConfig,
        modules.map((m) => m.manifest),
        locale,
      );
    } catch (error) {
      if (!(error instanceof CityAppError)) throw error;
      issues.push(...(error.issues ?? []));
    }
    for (const id of enabledIds(input)) {
      const module = modules.find((m) => m.manifest.id === id);
      if (module?.source === 'known') {
        issues.push({
          field: `modules.${id}`,
          message: say.notInstalled(module.packageName),
          hint: say.install,
        });
      }
    }
  }
  // The same problem can show up in both checks (e.g. modules.x.enabled).
  const seen = new Set<string>();
  const schema = cityJsonSchema(modules.map((m) => m.manifest));
  return issues
    .filter((issue) => {
      const key = `${issue.field}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((issue) => {
      if (issue.hint) return issue;
      const node = schemaAt(schema, issue.field.split('.'));
      const description = typeof node?.description === 'string' ? node.description : undefined;
      return { ...issue, hint: say.explain(description, issue.field) };
    });
}

function deref(root: JsonSchema, node: JsonSchema | undefined): JsonSchema | undefined {
  let current = node;
  for (let guard = 0; current && typeof current.$ref === 'string' && guard < 20; guard++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) return current;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = (target as JsonSchema | undefined)?.[part];
    current = target as JsonSchema | undefined;
  }
  return current;
}

function alternatives(root: JsonSchema, node: JsonSchema): JsonSchema[] {
  const list = [node, ...((node.anyOf ?? node.oneOf ?? node.allOf ?? []) as JsonSchema[])];
  return list.map((n) => deref(root, n)).filter((n): n is JsonSchema => Boolean(n));
}

/** The JSON Schema of the option at a dotted path, e.g. `legal.imprint.email`. */
export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = deref(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    let next: JsonSchema | undefined;
    for (const candidate of alternatives(root, node)) {
      const properties = candidate.properties as Record<string, JsonSchema> | undefined;
      if (properties?.[segment]) next = properties[segment];
      else if (/^\d+$/.test(segment) && candidate.items) next = candidate.items as JsonSchema;
      else if (candidate.additionalProperties && typeof candidate.additionalProperties === 'object')
        next = candidate.additionalProperties as JsonSchema;
      if (next) break;
    }
    node = deref(root, next);
  }
  return node;
}

function typeOf(root: JsonSchema, node: JsonSchema, say: ConfigMessages): string {
  if (Array.isArray(node.enum))
    return say.oneOf(node.enum.map((v) => JSON.stringify(v)).join(', '));
  if (node.const !== undefined) return JSON.stringify(node.const);
  const alts = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (alts) return alts.map((a) => typeOf(root, deref(root, a) ?? {}, say)).join(' | ');
  const type = Array.isArray(node.type) ? node.type.join(' | ') : String(node.type ?? 'any');
  const details: string[] = [];
  if (node.format) details.push(say.format(String(node.format)));
  if (node.pattern) details.push(say.pattern(String(node.pattern)));
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems']) {
    if (node[key] !== undefined) details.push(`${key} ${node[key]}`);
  }
  const shown =
    type === 'array' && node.items
      ? say.arrayOf(typeOf(root, deref(root, node.items as JsonSchema) ?? {}, say))
      : type;
  return details.length ? `${shown} (${details.join(', ')})` : shown;
}

export interface Explanation {
  path: string;
  description?: string;
  type: string;
  default?: unknown;
  required: boolean;
  options?: string[];
}

/** `city-app config explain <path>`: an option's description, type and default. */
export async function explainCommand(ctx: CommandContext, path: string): Promise<Explanation> {
  const { input, modules } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  const say = CONFIG_MESSAGES[ctx.language];
  const root = cityJsonSchema(modules.map((m) => m.manifest));
  const segments = path.split('.').filter(Boolean);
  const node = schemaAt(root, segments);
  if (!node || segments.length === 0) {
    const parent = schemaAt(root, segments.slice(0, -1));
    const known = parent
      ? alternatives(root, parent).flatMap((a) => Object.keys((a.properties as object) ?? {}))
      : [];
    const at = segments.slice(0, -1).join('.');
    throw known.length
      ? cityError(
          'unknown_option',
          {
            path,
            at: at || { de: 'oberster Ebene', en: 'the top level' },
            known: known.join(', '),
          },
          { field: path },
        )
      : cityError('unknown_option_path', { path }, { field: path });
  }
  const parent = schemaAt(root, segments.slice(0, -1));
  const last = segments.at(-1) as string;
  const required = parent
    ? alternatives(root, parent).some((a) => Array.isArray(a.required) && a.required.includes(last))
    : false;
  const properties = alternatives(root, node).flatMap((a) =>
    Object.keys((a.properties as object) ?? {}),
  );
  // A module's own description is in both languages; the options' are the schema's English.
  const manifest =
    segments.length === 2 && segments[0] === 'modules'
      ? modules.find((m) => m.manifest.id === segments[1])?.manifest
      : undefined;
  const description = manifest
    ? localize(manifest.description, ctx.language)
    : typeof node.description === 'string'
      ? node.description
      : undefined;
  const explanation: Explanation = {
    path,
    ...(description ? { description } : {}),
    type: typeOf(root, node, say),
    ...(node.default !== undefined ? { default: node.default } : {}),
    required,
    ...(properties.length ? { options: [...new Set(properties)] } : {}),
  };
  if (!ctx.json) {
    ctx.log(path);
    if (description) ctx.log(`  ${manifest ? description : say.schemaDescription(description)}`);
    ctx.log(`  ${say.type} ${explanation.type}`);
    ctx.log(`  ${say.required} ${required ? say.yes : say.no}`);
    ctx.log(`  ${say.default} ${node.default !== undefined ? JSON.stringify(node.default) : '—'}`);
    if (explanation.options) ctx.log(`  ${say.options} ${explanation.options.join(', ')}`);
  }
  return explanation;
}

/**
 * `city-app config validate`: every problem with its path; throws when there are any. Conflict
 * markers `city-app update` left anywhere in the project stop it first: a project that will
 * not build is not valid, whatever its config says.
 */
export async function validateCommand(
  ctx: CommandContext,
): Promise<{ valid: true; modules: string[] }> {
  const root = await findProjectRoot(ctx.cwd);
  const locale = await speakTownLanguage(ctx, root);
  await refuseUnresolvedConflicts(root);
  const { input, modules } = await loadProject(ctx);
  const issues = configIssues(input, modules, locale);
  if (issues.length) {
    const problems =
      issues.length === 1
        ? { de: '1 Problem', en: '1 problem' }
        : { de: `${issues.length} Probleme`, en: `${issues.length} problems` };
    throw cityError(
      'config_validation_failed',
      { problems, file: 'city.config.ts' },
      { field: issues[0]?.field, issues },
    );
  }
  const enabled = enabledIds(input);
  if (!ctx.json) ctx.log(VALIDATE_MESSAGES[locale].valid('city.config.ts', enabled));
  return { valid: true, modules: enabled };
}

/** `city-app config schema`: the JSON Schema of this project's config, modules included. */
export async function schemaCommand(
  ctx: CommandContext,
  options: { out?: string; stdout?: boolean },
): Promise<{ written?: string; schema?: JsonSchema }> {
  const { project, input, modules } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  // The schema itself stays as editors read it: its descriptions are written in English only.
  const schema = cityJsonSchema(modules.map((m) => m.manifest));
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (options.stdout) {
    if (!ctx.json) ctx.log(text.trimEnd());
    return { schema };
  }
  const file = join(project.root, options.out ?? 'city.schema.json');
  await writeFile(file, text);
  if (!ctx.json)
    ctx.log(CONFIG_MESSAGES[ctx.language].wrote(options.out ?? 'city.schema.json', modules.length));
  return { written: file };
}
