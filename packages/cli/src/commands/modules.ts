import { FIELDS_OF_ACTION, localize } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { enabledIds, loadProject, moduleEntries } from '../project/city.js';
import { townLanguage } from '../project/town-language.js';
import { MODULES_MESSAGES } from './modules-messages.js';

export interface ModuleRow {
  id: string;
  /** The German title. */
  title: string;
  titleEn: string;
  /** In the town's language, as `fieldTitle`. */
  description: string;
  field: string;
  fieldTitle: string;
  packageName: string;
  installed: boolean;
  version?: string;
  /** In city.config.ts and switched on. */
  enabled: boolean;
  /** In city.config.ts (possibly with `enabled: false`). */
  configured: boolean;
}

/** `city-app modules`: the modules a project can use and those it has switched on. */
export async function modulesCommand(ctx: CommandContext): Promise<{ modules: ModuleRow[] }> {
  const { input, modules } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  const locale = ctx.language;
  const say = MODULES_MESSAGES[locale];
  const enabled = enabledIds(input);
  const configured = Object.keys(moduleEntries(input));
  const rows: ModuleRow[] = modules.map((m) => ({
    id: m.manifest.id,
    title: localize(m.manifest.title, 'de'),
    titleEn: localize(m.manifest.title, 'en'),
    description: localize(m.manifest.description, locale),
    field: m.manifest.field,
    fieldTitle: FIELDS_OF_ACTION[m.manifest.field]?.[locale] ?? m.manifest.field,
    packageName: m.packageName,
    installed: m.source === 'installed',
    ...(m.version ? { version: m.version } : {}),
    enabled: enabled.includes(m.manifest.id),
    configured: configured.includes(m.manifest.id),
  }));
  // A module in the config that no package provides is worth seeing too.
  for (const id of configured) {
    if (rows.some((r) => r.id === id)) continue;
    rows.push({
      id,
      title: id,
      titleEn: id,
      description: say.noPackage,
      field: '',
      fieldTitle: '',
      packageName: String(moduleEntries(input)[id]?.package ?? `@city-app/module-${id}`),
      installed: false,
      enabled: enabled.includes(id),
      configured: true,
    });
  }
  if (!ctx.json) {
    const { header } = say;
    const width = Math.max(header.module.length, ...rows.map((r) => r.id.length));
    const fieldWidth = Math.max(header.field.length, ...rows.map((r) => r.fieldTitle.length));
    ctx.log(`${header.module.padEnd(width)}  ${header.field.padEnd(fieldWidth)}  ${header.status}`);
    for (const r of rows) {
      const status = [
        r.enabled ? say.enabled : r.configured ? say.switchedOff : say.available,
        r.installed ? say.installed(r.version) : say.notInstalled,
      ].join(', ');
      const title = locale === 'de' ? r.title : r.titleEn;
      ctx.log(`${r.id.padEnd(width)}  ${r.fieldTitle.padEnd(fieldWidth)}  ${status} — ${title}`);
    }
    if (rows.some((r) => !r.configured)) ctx.log(`\n${say.addOne}`);
  }
  return { modules: rows };
}
